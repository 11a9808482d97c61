/** Integration events payments publishes, as they appear in the envelope's payload. */
package io.ordo.payments.published.events;
