package io.ordo.cli.output;

/** {@code --output}: aligned text for people, or JSON whose shape scripts can rely on. */
public enum OutputFormat {
    TABLE, JSON
}
