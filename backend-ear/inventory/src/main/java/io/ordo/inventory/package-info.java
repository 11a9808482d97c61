/**
 * Catalogue and stock: the products with their prices, the append-only stock ledger and the
 * reservations that hold stock for orders until they are paid, shipped or released.
 */
package io.ordo.inventory;
