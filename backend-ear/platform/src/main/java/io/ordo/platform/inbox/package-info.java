/**
 * The inbox that makes consumers idempotent: the id of every applied event is recorded in the
 * same transaction as its effect, so a redelivered event is recognised and skipped; a message a
 * consumer keeps failing on is parked as a dead letter, replayable through the same handler.
 */
package io.ordo.platform.inbox;
