package io.ordo.console.accounts;

import java.time.Instant;

/** One account: its id, its roles or display name, whether it may sign in, when it was made. */
public record AccountRow(String id, String detail, boolean enabled, Instant createdAt) {
}
