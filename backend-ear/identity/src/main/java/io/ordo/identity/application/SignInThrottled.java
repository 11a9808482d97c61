package io.ordo.identity.application;

import java.time.Duration;

/** Too many failed sign-ins for this account or from this address: try again after a while. */
public class SignInThrottled extends Exception {

    private final Duration retryAfter;

    public SignInThrottled(Duration retryAfter) {
        super("too many failed sign-ins; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
