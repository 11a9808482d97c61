package io.ordo.ordering.api;

import io.ordo.platform.web.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bodies of the order commands. */
final class CommandRequests {

    private CommandRequests() {
    }

    /** Why an order is cancelled or retried: optional, kept in the order's history. */
    public record Reason(@Size(max = 500, message = "must be at most 500 characters") String reason) {
    }

    public record Ship(
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") @SingleLine
            String carrier,
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
            @Pattern(regexp = "[A-Za-z0-9 ._/-]*", message = "may contain letters, digits, spaces and . _ / - only")
            String trackingNumber) {
    }
}
