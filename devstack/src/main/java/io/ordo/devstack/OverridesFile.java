package io.ordo.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * The configDropins/overrides file that hands the dev stack's ports and secrets to Liberty: one
 * {@code <variable>} per entry. Liberty exposes server.xml variables to MicroProfile Config as
 * well, so the application reads the same values.
 */
final class OverridesFile {

    static final String FILE_NAME = "devstack.xml";

    private OverridesFile() {
    }

    static Path write(Path serverDirectory, Map<String, String> variables) throws IOException {
        StringBuilder xml = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<!-- Written by the Ordo dev stack on every start; edits are lost. -->\n")
                .append("<server>\n");
        variables.forEach((name, value) -> xml.append("  <variable name=\"").append(escape(name))
                .append("\" value=\"").append(escape(value)).append("\"/>\n"));
        xml.append("</server>\n");
        Path overrides = serverDirectory.resolve("configDropins").resolve("overrides");
        Files.createDirectories(overrides);
        Path file = overrides.resolve(FILE_NAME);
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        if (SecretsFile.isPosix()) {
            // It holds the database password and the demo secrets.
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }

    /** Attribute-value escaping; line breaks too, or the XML parser would fold them into spaces. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                case '\n' -> escaped.append("&#10;");
                case '\r' -> escaped.append("&#13;");
                case '\t' -> escaped.append("&#9;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
