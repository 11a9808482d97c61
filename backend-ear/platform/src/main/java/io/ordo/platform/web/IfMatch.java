package io.ordo.platform.web;

import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import java.util.OptionalLong;

/**
 * Reads the If-Match header of a command on a versioned resource, whose ETag is its version
 * (e.g. {@code "3"}): the version the caller last read, which the command then checks (412 when
 * the resource moved since).
 */
public final class IfMatch {

    private IfMatch() {
    }

    /**
     * @param what     the resource as the client knows it, e.g. "order"
     * @param required whether the caller must name the version it read, as staff must for order
     *                 commands so that a change made meanwhile is never overwritten unseen
     * @return the version named, or empty when none was named and none is required
     */
    public static OptionalLong version(String ifMatch, String what, boolean required) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (required) {
                throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "Send If-Match with the ETag of the "
                        + what + " as you last read it, so a change made meanwhile is not overwritten.");
            }
            return OptionalLong.empty();
        }
        String tag = ifMatch.strip();
        if (tag.equals("*")) {
            // RFC 9110 §13.1.1: "*" is true whenever the resource exists, so it names no version and
            // cannot be failed with 412. Where a version is required, the request lacks the
            // precondition the server requires: 428 (RFC 6585 §3), as if If-Match were absent.
            if (required) {
                throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "If-Match: * matches any version of the "
                        + what + ", so it cannot protect a change made meanwhile; send its ETag as you last read it, e.g. \"3\".");
            }
            return OptionalLong.empty();
        }
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
