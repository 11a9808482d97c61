/** The HTTP client of the payment gateway (behind fault tolerance), persistence and the event consumer. */
package io.ordo.payments.infrastructure;
