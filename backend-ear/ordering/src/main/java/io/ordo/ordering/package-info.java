/**
 * Orders and their lifecycle: placement with prices from the catalogue, the state machine from
 * CREATED to SHIPPED (or FAILED, EXPIRED, CANCELLED), and the history of every transition.
 */
package io.ordo.ordering;
