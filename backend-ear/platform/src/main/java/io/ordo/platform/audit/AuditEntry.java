package io.ordo.platform.audit;

import java.time.Instant;

/** One thing a person did: who, what, to what, when, with which outcome (the HTTP status). */
public record AuditEntry(long id, Instant at, String actor, String roles, String action, String target,
                         String method, String path, int outcome, String correlationId) {
}
