package io.ordo.reporting.application;

import java.time.LocalDate;

/** How many orders moved into one status on one day. */
public record StatusChangesDay(LocalDate day, String status, long changes) {
}
