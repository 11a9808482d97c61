/**
 * Reading the event history that the outbox keeps, in the order the events were written, for
 * consumers that rebuild state from it instead of from the broker.
 */
package io.ordo.platform.history;
