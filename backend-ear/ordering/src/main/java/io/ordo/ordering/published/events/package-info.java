/** Integration events ordering publishes, as they appear in the envelope's payload. */
package io.ordo.ordering.published.events;
