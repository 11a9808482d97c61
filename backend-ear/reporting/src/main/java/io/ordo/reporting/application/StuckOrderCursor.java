package io.ordo.reporting.application;

import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import io.ordo.platform.web.TimeLimits;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Where the next page of stuck orders starts: after this order, which entered its status then. */
record StuckOrderCursor(Instant since, UUID orderId) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((since + "|" + orderId).getBytes(StandardCharsets.UTF_8));
    }

    static StuckOrderCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            StuckOrderCursor after = new StuckOrderCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            if (TimeLimits.covers(after.since())) {
                return after;
            }
        } catch (RuntimeException e) {
            // answered below like a cursor out of range
        }
        throw new ProblemException(ProblemType.VALIDATION, "cursor must be the nextCursor of a previous page");
    }
}
