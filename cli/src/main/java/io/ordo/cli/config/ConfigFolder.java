package io.ordo.cli.config;

import io.ordo.cli.command.Environment;

import java.nio.file.Path;

/**
 * Where {@code ordo} keeps its files: {@code $ORDO_CONFIG_HOME}, else {@code $XDG_CONFIG_HOME/ordo},
 * else {@code ~/.config/ordo}.
 */
public final class ConfigFolder {

    private ConfigFolder() {
    }

    public static Path of(Environment environment) {
        return environment.variable("ORDO_CONFIG_HOME").map(Path::of)
                .or(() -> environment.variable("XDG_CONFIG_HOME").map(xdg -> Path.of(xdg, "ordo")))
                .orElseGet(() -> environment.userHome().resolve(".config").resolve("ordo"));
    }
}
