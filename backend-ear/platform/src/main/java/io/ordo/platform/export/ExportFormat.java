package io.ordo.platform.export;

import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/** How an export is written: a JSON array of objects, or CSV with a header line. */
public enum ExportFormat {
    JSON(MediaType.APPLICATION_JSON, "json"),
    CSV("text/csv", "csv");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format asked for: {@code format=csv|json} wins, else the Accept header (CSV only when it
     * names text/csv before JSON), else JSON.
     *
     * @throws ProblemException 400 when {@code format} names neither
     */
    public static ExportFormat requested(String format, List<MediaType> acceptable) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "json" -> JSON;
                default -> throw new ProblemException(ProblemType.VALIDATION, "format must be csv or json");
            };
        }
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return JSON;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return CSV;
            }
            if (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
                return JSON;
            }
        }
        return JSON;
    }
}
