/**
 * The gateway's books: payments, their legal state changes, and the idempotency keys that make
 * a retried call return the first answer instead of charging twice. Knows nothing of HTTP.
 */
package io.ordo.sandbox.ledger;
