package io.ordo.console.common;

import io.ordo.client.ApiException;

import java.net.URI;

/**
 * What a person reads when something fails: what happened, in words they can act on, and what
 * to do next. Never an exception's class name.
 */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String signInFailed(Throwable failure, URI server) {
        if (!(failure instanceof ApiException api)) {
            return "Sign-in failed: " + failure.getMessage();
        }
        return switch (api.kind()) {
            case AUTHENTICATION -> "Wrong username or password.";
            case FORBIDDEN -> "This account may not use the staff console. Ask an admin for the staff role.";
            case UNAVAILABLE, RATE_LIMITED -> api.status() == 0
                    ? "Cannot reach the server at " + server + ". Check the address, or try again when it is running."
                    : "The server is busy or starting up. Try again in a moment.";
            default -> "Sign-in failed: " + api.getMessage();
        };
    }

    public static String loadingFailed(String what, Throwable failure) {
        if (!(failure instanceof ApiException api)) {
            return "Could not load " + what + ": " + failure.getMessage();
        }
        return switch (api.kind()) {
            case AUTHENTICATION -> "Your session has expired. Sign in again.";
            case FORBIDDEN -> "Your account may not see " + what + ". Ask an admin for the staff role.";
            case UNAVAILABLE, RATE_LIMITED -> "The server cannot answer right now, so the " + what
                    + " shown may be out of date. Refresh to try again.";
            default -> "Could not load " + what + ": " + api.getMessage();
        };
    }
}
