/**
 * The API's published language as immutable records: what the Ordo REST API sends and accepts,
 * with money as {@link java.math.BigDecimal} and times as {@link java.time.Instant}.
 */
package io.ordo.client.model;
