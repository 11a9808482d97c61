package io.ordo.platform.deadletter.application;

import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Position after the last dead letter of a page; ids grow with time, so "older" is "smaller id". */
record DeadLetterCursor(long lastId) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Long.toString(lastId).getBytes(StandardCharsets.UTF_8));
    }

    static DeadLetterCursor decode(String cursor) {
        try {
            return new DeadLetterCursor(Long.parseLong(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.VALIDATION, "cursor must be the nextCursor of a previous page");
        }
    }
}
