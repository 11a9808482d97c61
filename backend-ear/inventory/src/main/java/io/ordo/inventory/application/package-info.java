/** Use cases: reserving and releasing stock for orders, reading the catalogue. */
package io.ordo.inventory.application;
