package io.ordo.cli.config;

import io.ordo.cli.command.CliException;
import io.ordo.cli.command.Environment;
import io.ordo.cli.command.ExitCodes;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Named servers in {@code config.properties} of the {@link ConfigFolder}, so people type
 * {@code --profile prod} instead of a URL:
 *
 * <pre>
 * prod.server = https://ordo.example.com
 * staging.server = https://staging.ordo.example.com:9443
 * </pre>
 *
 * Only server URLs: secrets never go in this file.
 */
public final class Profiles {

    public static final String FILE_NAME = "config.properties";
    private static final String SERVER = ".server";

    private final Path file;
    private final Properties properties;

    private Profiles(Path file, Properties properties) {
        this.file = file;
        this.properties = properties;
    }

    /** The profiles of the config folder; none when it has no config file. */
    public static Profiles in(Environment environment) {
        Path file = ConfigFolder.of(environment).resolve(FILE_NAME);
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new CliException(ExitCodes.USAGE, "Cannot read " + file + ": " + e.getMessage());
            }
        }
        return new Profiles(file, properties);
    }

    /** The server URL of {@code profile}, exactly as written; a profile that is not there is a usage error. */
    public String server(String profile) {
        String server = properties.getProperty(profile + SERVER);
        if (server == null || server.isBlank()) {
            TreeSet<String> names = new TreeSet<>();
            properties.stringPropertyNames().stream().filter(key -> key.endsWith(SERVER))
                    .forEach(key -> names.add(key.substring(0, key.length() - SERVER.length())));
            throw new CliException(ExitCodes.USAGE, "No profile '" + profile + "' in " + file
                    + (names.isEmpty() ? " (it defines none): add a line " + profile + ".server=URL."
                            : "; it defines " + String.join(", ", names) + "."));
        }
        return server.strip();
    }
}
