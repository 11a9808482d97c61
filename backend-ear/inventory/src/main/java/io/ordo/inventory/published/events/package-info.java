/** Integration events inventory publishes, as they appear in the envelope's payload. */
package io.ordo.inventory.published.events;
