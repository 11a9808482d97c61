/**
 * The transactional outbox: events are stored in the same transaction as the change they
 * announce, then a relay publishes them to the broker and marks them published only after the
 * broker has accepted them. A crash anywhere re-sends at most one batch; nothing is lost.
 */
package io.ordo.platform.outbox;
