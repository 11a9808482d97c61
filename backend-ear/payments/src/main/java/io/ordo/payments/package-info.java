/**
 * Payments against the external gateway: authorize then capture, with an idempotency key stored
 * before every call, so that an outcome that is not known at once is settled, never charged twice.
 */
package io.ordo.payments;
