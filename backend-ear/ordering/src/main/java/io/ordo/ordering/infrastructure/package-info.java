/** Persistence in the {@code ordering} schema and the consumer of the events that move orders on. */
package io.ordo.ordering.infrastructure;
