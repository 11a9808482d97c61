package io.ordo.platform.deadletter;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A failure as an admin needs to read it: the class and message of each exception of the cause
 * chain, outermost first, because the outer one says what was being done and the root one why it
 * failed (e.g. the database's "permission denied"). Bounded to fit the error columns.
 */
public final class FailureText {

    public static final int MAX_LENGTH = 2000;
    /** Each exception gets a share, so that a long outer message cannot crowd out the root cause. */
    static final int MAX_PART_LENGTH = 500;
    static final String CAUSED_BY = "; caused by ";
    private static final int MAX_CHAIN = 10;

    private FailureText() {
    }

    public static String of(Throwable failure) {
        StringJoiner text = new StringJoiner(CAUSED_BY);
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.size() < MAX_CHAIN && seen.add(t); t = t.getCause()) {
            if (!merelyWraps(t)) {
                text.add(bounded(describe(t), MAX_PART_LENGTH));
            }
        }
        String described = text.length() > 0 ? text.toString() : describe(failure);
        return bounded(described, MAX_LENGTH);
    }

    /** {@code new RuntimeException(cause)} and the like only repeat their cause's text. */
    private static boolean merelyWraps(Throwable t) {
        Throwable cause = t.getCause();
        return cause != null && (t.getMessage() == null || t.getMessage().equals(cause.toString()));
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getName() : t.getClass().getName() + ": " + message.strip();
    }

    private static String bounded(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, maxLength - 1) + "…";
    }
}
