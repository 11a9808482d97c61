package io.ordo.reporting.application;

import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
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
            return new StuckOrderCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new ProblemException(ProblemType.VALIDATION, "cursor must be the nextCursor of a previous page");
        }
    }
}
