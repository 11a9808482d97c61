package io.ordo.client;

import java.util.Locale;

/** The two formats of imports and exports: CSV with a header line, or a JSON array of objects. */
public enum DataFormat {
    CSV("text/csv"),
    JSON("application/json");

    private final String mediaType;

    DataFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a file name says: {@code .json} is JSON, {@code .csv} CSV; empty if neither. */
    public static java.util.Optional<DataFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return java.util.Optional.of(JSON);
        }
        if (lower.endsWith(".csv")) {
            return java.util.Optional.of(CSV);
        }
        return java.util.Optional.empty();
    }
}
