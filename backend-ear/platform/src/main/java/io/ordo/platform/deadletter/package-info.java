/**
 * Failed deliveries and dead letters: each failure of a consumer on a message is counted, and a
 * message that keeps failing is parked in {@code platform.dead_letters} with its text and error.
 */
package io.ordo.platform.deadletter;
