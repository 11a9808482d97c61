package io.ordo.cli.command;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code ordo --version}: the build's version, filtered into version.properties by Maven. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/io/ordo/cli/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {
            "ordo " + properties.getProperty("version", "(unknown version)"),
            "Java ${java.version} (${java.vendor})"
        };
    }
}
