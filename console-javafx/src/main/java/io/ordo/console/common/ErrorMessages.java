package io.ordo.console.common;

import io.ordo.client.ApiException;
import io.ordo.client.OrderChangedException;

import javax.net.ssl.SSLException;
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
        if (isCertificateProblem(api)) {
            return "The server at " + server + " presented a certificate this computer does not trust. "
                    + "Check the address; for a server with its own certificate, start the console with "
                    + "--truststore=PATH naming a trust store that holds it.";
        }
        return switch (api.kind()) {
            case AUTHENTICATION -> "Wrong username or password.";
            case FORBIDDEN -> "This account may not use the staff console. Ask an admin for the staff role.";
            case RATE_LIMITED -> "Too many sign-in attempts. Wait "
                    + api.retryAfter().map(wait -> wait.toSeconds() + " seconds").orElse("a minute")
                    + " before trying again.";
            case UNAVAILABLE -> api.status() == 0
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
            case NOT_FOUND -> "The " + what + " no longer exist" + (what.endsWith("s") ? "" : "s") + " on the server.";
            case VALIDATION -> "The server refused the filter: " + api.getMessage();
            case UNAVAILABLE, RATE_LIMITED -> "The server cannot answer right now, so the " + what
                    + " shown may be out of date. Refresh to try again.";
            default -> "Could not load " + what + ": " + api.getMessage();
        };
    }

    /**
     * Why a change (cancel, ship, replay...) was refused. {@code action} reads like "cancel the
     * order". A 409 says the state forbids it now, a 412 that someone changed it meanwhile.
     */
    public static String changeRefused(String action, Throwable failure) {
        if (failure instanceof OrderChangedException
                || failure instanceof ApiException changed && changed.status() == 412) {
            return "Could not " + action + ": someone else (or its own processing) changed it while you "
                    + "were looking at it. It has been reloaded: check it and try again.";
        }
        if (!(failure instanceof ApiException api)) {
            return "Could not " + action + ": " + failure.getMessage();
        }
        return switch (api.kind()) {
            case CONFLICT -> "Could not " + action + ": the server says it is not possible as things are now ("
                    + api.getMessage() + "). It has been reloaded.";
            case VALIDATION -> "Could not " + action + ": " + api.getMessage();
            case AUTHENTICATION -> "Your session has expired. Sign in again, then " + action + ".";
            case FORBIDDEN -> "Your account may not " + action + ". Ask an admin for the staff role.";
            case NOT_FOUND -> "Could not " + action + ": it no longer exists on the server.";
            case UNAVAILABLE, RATE_LIMITED -> "Could not " + action + ": the server cannot answer right now. "
                    + "Nothing was changed that you can see; try again in a moment.";
            default -> "Could not " + action + ": " + api.getMessage();
        };
    }

    /** Whether {@code failure} came from a server certificate this computer does not trust. */
    public static boolean isCertificateProblem(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException) {
                return true;
            }
        }
        return false;
    }
}
