package io.ordo.platform.paging;

import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;

/** The page size a client asked for, checked against the cap every list shares. */
public final class PageSize {

    public static final int DEFAULT = 50;
    public static final int MAX = 200;

    private PageSize() {
    }

    /** @param requested the raw {@code limit} query parameter, possibly absent */
    public static int of(String requested) {
        if (requested == null || requested.isBlank()) {
            return DEFAULT;
        }
        try {
            int size = Integer.parseInt(requested.trim());
            if (size >= 1 && size <= MAX) {
                return size;
            }
        } catch (NumberFormatException ignored) {
            // answered below like any other out-of-range value
        }
        throw new ProblemException(ProblemType.VALIDATION, "limit must be a whole number from 1 to " + MAX);
    }
}
