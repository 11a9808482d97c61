package io.ordo.sandbox.behaviour;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Reads the behaviour to start with from named settings: {@code mode}, {@code delay-ms},
 * {@code failure-rate} and {@code seed}, each optional. As system properties they are prefixed
 * with {@value #SYSTEM_PROPERTY_PREFIX}.
 */
public final class BehaviourSettings {

    public static final String SYSTEM_PROPERTY_PREFIX = "ordo.sandbox.";

    private BehaviourSettings() {
    }

    public static Behaviour fromSystemProperties() {
        return from(name -> System.getProperty(SYSTEM_PROPERTY_PREFIX + name));
    }

    /** @param setting gives a setting's value by name, or null when it is not set */
    public static Behaviour from(UnaryOperator<String> setting) {
        Mode mode = value(setting, "mode").map(Mode::parse).orElse(Mode.NORMAL);
        Duration delay = value(setting, "delay-ms")
                .map(ms -> Duration.ofMillis(parseNumber("delay-ms", ms, Long::parseLong)))
                .orElse(Behaviour.DEFAULT_DELAY);
        double failureRate = value(setting, "failure-rate")
                .map(rate -> parseNumber("failure-rate", rate, Double::parseDouble))
                .orElse(Behaviour.DEFAULT_FAILURE_RATE);
        long seed = value(setting, "seed")
                .map(text -> parseNumber("seed", text, Long::parseLong))
                .orElseGet(Behaviour::randomSeed);
        return new Behaviour(mode, delay, failureRate, seed);
    }

    private static Optional<String> value(UnaryOperator<String> setting, String name) {
        return Optional.ofNullable(setting.apply(name)).map(String::trim).filter(text -> !text.isEmpty());
    }

    private static <T> T parseNumber(String name, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got \"" + text + "\"");
        }
    }
}
