/** REST resources of the catalogue and stock. */
package io.ordo.inventory.api;
