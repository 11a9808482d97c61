/**
 * The inbox that makes consumers idempotent: the id of every applied event is recorded in the
 * same transaction as its effect, so a redelivered event is recognised and skipped.
 */
package io.ordo.platform.inbox;
