package io.ordo.sandbox;

import io.ordo.sandbox.behaviour.Behaviour;
import io.ordo.sandbox.behaviour.BehaviourSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The options of {@link Main}. Behaviour flags fall back to the {@code ordo.sandbox.*} system
 * properties, so both ways of configuring a start agree.
 */
record CommandLine(String host, int port, Behaviour behaviour, boolean helpRequested) {

    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 8089;

    static final String USAGE = """
            Usage: java -jar ordo-payment-sandbox-all.jar [options]
              --host HOST           address to listen on (default 127.0.0.1)
              --port N              port to listen on, 0 for any free one (default 8089)
              --mode MODE           normal | slow | fail | flaky | timeout (default normal)
              --delay-ms MS         delay of the slow mode (default 2000)
              --failure-rate RATE   share of requests the flaky mode fails, 0 to 1 (default 0.5)
              --seed N              seed of the flaky mode's random choice (default random)
              --help                show this and exit
            Prints the base URL on standard output once it listens.""";

    private static final Set<String> BEHAVIOUR_OPTIONS = Set.of("mode", "delay-ms", "failure-rate", "seed");
    private static final Set<String> OPTIONS = Set.of("host", "port", "mode", "delay-ms", "failure-rate", "seed");

    /** @throws IllegalArgumentException for an unknown option, a missing value or a bad value */
    static CommandLine parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new CommandLine(DEFAULT_HOST, DEFAULT_PORT, Behaviour.normal(), true);
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
            String name = arg.substring(2);
            String value;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("option --" + name + " needs a value");
            }
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            values.put(name, value);
        }
        Behaviour behaviour = BehaviourSettings.from(name -> BEHAVIOUR_OPTIONS.contains(name) && values.containsKey(name)
                ? values.get(name)
                : System.getProperty(BehaviourSettings.SYSTEM_PROPERTY_PREFIX + name));
        return new CommandLine(values.getOrDefault("host", DEFAULT_HOST), port(values.get("port")), behaviour, false);
    }

    private static int port(String text) {
        if (text == null) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, with the allowed range
        }
        throw new IllegalArgumentException("--port must be 0 to 65535, got " + text);
    }
}
