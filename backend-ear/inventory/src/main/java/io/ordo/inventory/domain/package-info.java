/** Products, stock levels derived from the ledger, ledger movements and reservations. */
package io.ordo.inventory.domain;
