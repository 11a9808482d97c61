package io.ordo.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docs/configuration.md read as data: the settings it documents (first column of its tables,
 * in backticks) and the environment variable documented for each (second column).
 */
final class ConfigurationReference {

    static final String PATH = "docs/configuration.md";

    /** {@code | `name` | `ENV_NAME` | ...}; the environment column may be empty ({@code | — |}). */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|\\s*(?:`([^`]+)`)?[^|]*\\|", Pattern.MULTILINE);

    private final Map<String, String> environmentBySetting;
    private final String text;

    private ConfigurationReference(String text) {
        this.text = text;
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(text);
        while (row.find()) {
            rows.put(row.group(1), row.group(2));
        }
        this.environmentBySetting = rows;
    }

    static ConfigurationReference load() {
        return new ConfigurationReference(Repository.read(PATH));
    }

    /** Setting name to its documented environment variable (null when the row has none). */
    Map<String, String> rows() {
        return environmentBySetting;
    }

    boolean documents(String setting) {
        return environmentBySetting.containsKey(setting);
    }

    Set<String> environmentVariables() {
        Set<String> names = new TreeSet<>();
        environmentBySetting.forEach((setting, variable) -> {
            if (variable != null) {
                names.add(variable);
            }
        });
        return names;
    }

    String text() {
        return text;
    }

    /**
     * The environment variable MicroProfile Config and Liberty look up for a property when it is
     * not set under its own name: every character but letters and digits becomes {@code _}, then
     * upper case.
     */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }
}
