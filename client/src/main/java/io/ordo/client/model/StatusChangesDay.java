package io.ordo.client.model;

import java.time.LocalDate;

/** How many orders moved into one status on one day. */
public record StatusChangesDay(LocalDate day, OrderStatus status, long changes) {
}
