/** Money as an exact amount with an ISO 4217 currency: the shared kernel of every context. */
package io.ordo.platform.money;
