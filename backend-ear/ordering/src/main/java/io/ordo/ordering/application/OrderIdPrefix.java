package io.ordo.ordering.application;

import java.util.Locale;
import java.util.UUID;

/**
 * The first characters of an order id as people copy them (the console shows eight), in the
 * id's canonical form ({@code f13c6f95-2b...}). It matches the ids between its lowest and
 * highest completion, so finding them is a range scan of the primary key.
 */
public record OrderIdPrefix(String value) {

    private static final String LOWEST = "00000000-0000-0000-0000-000000000000";
    private static final String HIGHEST = "ffffffff-ffff-ffff-ffff-ffffffffffff";

    public OrderIdPrefix {
        value = value.toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.length() > LOWEST.length()) {
            throw new IllegalArgumentException("an id prefix has 1 to " + LOWEST.length() + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean dash = LOWEST.charAt(i) == '-';
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                throw new IllegalArgumentException("an id prefix is the start of an id such as "
                        + "3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10: '" + value + "' has "
                        + (dash ? "no dash" : "'" + c + "'") + " at position " + (i + 1));
            }
        }
    }

    /** The smallest id that starts with this prefix. */
    public UUID lowest() {
        return UUID.fromString(value + LOWEST.substring(value.length()));
    }

    /** The largest id that starts with this prefix. */
    public UUID highest() {
        return UUID.fromString(value + HIGHEST.substring(value.length()));
    }
}
