package io.ordo.reporting.application;

import java.time.LocalDate;
import java.util.Objects;

/** The days a report covers, both included, as UTC days. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }
}
