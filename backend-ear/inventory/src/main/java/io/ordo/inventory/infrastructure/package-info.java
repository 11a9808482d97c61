/** Persistence in the {@code inventory} schema and the consumer of ordering's events. */
package io.ordo.inventory.infrastructure;
