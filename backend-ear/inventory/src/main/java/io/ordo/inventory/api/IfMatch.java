package io.ordo.inventory.api;

import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import java.util.OptionalLong;

/** Reads If-Match: absent or {@code *} means any version; otherwise one version such as {@code "3"}. */
final class IfMatch {

    private IfMatch() {
    }

    static OptionalLong version(String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.strip();
        tag = tag.startsWith("W/") ? tag.substring(2) : tag;
        try {
            return OptionalLong.of(Long.parseLong(tag.replace("\"", "")));
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match must be the ETag of the " + what
                    + " as you read it, e.g. \"3\"; " + (tag.length() > 40 ? tag.substring(0, 40) + "…" : tag)
                    + " matches no version.");
        }
    }
}
