package io.ordo.reporting.api;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/** How a report is written: JSON with its freshness, or CSV (the rows only, freshness in headers). */
enum ReportFormat {
    JSON, CSV;

    static final String CSV_TYPE = "text/csv";
    private static final MediaType CSV_MEDIA_TYPE = MediaType.valueOf(CSV_TYPE);

    /**
     * The format a request asks for: {@code format=csv|json} wins; otherwise the first of the
     * Accept header's types (by preference) that names one of them; JSON when none does.
     *
     * @return null if {@code format} names neither
     */
    static ReportFormat requested(String format, List<MediaType> acceptable) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "json" -> JSON;
                default -> null;
            };
        }
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return JSON;
            }
            if (CSV_MEDIA_TYPE.isCompatible(type) && !type.isWildcardSubtype()) {
                return CSV;
            }
            if (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
                return JSON;
            }
        }
        return JSON;
    }
}
