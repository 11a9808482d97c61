package io.ordo.console.common;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the console remembers between runs for the person at this computer: window size, the last
 * server and username, the last filters of each screen. Never a password or a token.
 */
public interface Settings {

    Optional<String> get(String key);

    /** Stores {@code value}, or forgets the key for null or blank. */
    void put(String key, String value);

    default String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    default double getDouble(String key, double fallback) {
        try {
            return get(key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException unreadable) {
            return fallback;
        }
    }

    /** The user's preferences store ({@code java.util.prefs}), under the console's own node. */
    static Settings preferences(String node) {
        Preferences preferences = Preferences.userRoot().node(node);
        return new Settings() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(preferences.get(key, null));
            }

            @Override
            public void put(String key, String value) {
                if (value == null || value.isBlank()) {
                    preferences.remove(key);
                } else {
                    preferences.put(key, value);
                }
                try {
                    preferences.flush();
                } catch (BackingStoreException notSaved) {
                    // Remembering is a convenience: the session goes on without it.
                }
            }
        };
    }

    /** Kept in memory only: for tests, and for runs that must leave nothing behind. */
    static Settings inMemory() {
        Map<String, String> values = new ConcurrentHashMap<>();
        return new Settings() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public void put(String key, String value) {
                if (value == null || value.isBlank()) {
                    values.remove(key);
                } else {
                    values.put(key, value);
                }
            }
        };
    }
}
