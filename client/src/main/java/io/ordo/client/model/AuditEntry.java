package io.ordo.client.model;

import java.time.Instant;

/**
 * One change a staff member or admin made, as the append-only audit log keeps it.
 *
 * @param roles the actor's roles at the time, comma-separated
 * @param action what was done, e.g. {@code createUser}
 * @param target what it was done to, e.g. a username or an order id; may be null
 * @param outcome the HTTP status the server answered
 * @param correlationId ties the entry to the server's log lines of the same request
 */
public record AuditEntry(long id, Instant at, String actor, String roles, String action, String target,
                         String method, String path, int outcome, String correlationId) {
}
