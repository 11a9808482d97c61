/**
 * The typed client of the Ordo REST API: {@link io.ordo.client.OrdoClient} is the one entry
 * point, and every failure surfaces as an {@link io.ordo.client.ApiException} of a known
 * {@link io.ordo.client.ErrorKind}.
 */
package io.ordo.client;
