/** The read models in the {@code reporting} schema and the consumer of every context's events. */
package io.ordo.reporting.infrastructure;
