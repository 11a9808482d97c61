package io.ordo.cli.command;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads a point in time the way people write it: an ISO-8601 instant ({@code 2025-03-01T14:00:00Z}),
 * one with an offset ({@code 2025-03-01T15:00:00+01:00}), or a date, which means its midnight in
 * UTC, the zone the tables show times in.
 */
public final class TimeConverter implements ITypeConverter<Instant> {

    @Override
    public Instant convert(String value) {
        String text = value.strip();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notWithOffset) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notADate) {
                    throw new TypeConversionException("'" + value
                            + "' is not a time: write 2025-03-01 (midnight UTC) or 2025-03-01T14:00:00Z");
                }
            }
        }
    }
}
