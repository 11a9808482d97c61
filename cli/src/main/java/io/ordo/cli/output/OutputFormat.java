package io.ordo.cli.output;

/**
 * {@code --output}: aligned text for people, JSON whose shape scripts can rely on, or (reports
 * only) the server's CSV for spreadsheets.
 */
public enum OutputFormat {
    TABLE, JSON, CSV
}
