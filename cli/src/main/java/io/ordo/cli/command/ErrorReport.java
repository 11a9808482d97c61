package io.ordo.cli.command;

import io.ordo.cli.output.TerminalSafeWriter;
import io.ordo.client.ApiException;
import io.ordo.client.FieldError;
import io.ordo.client.OrderChangedException;
import io.ordo.client.ServerConfigException;
import picocli.CommandLine.ParameterException;

import javax.net.ssl.SSLException;
import java.security.cert.CertificateException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Turns a failure into the one line a person reads on stderr: what went wrong, in the server's
 * words where it gave them, and what to do next. Never a stack trace.
 */
public final class ErrorReport {

    private static final URI ILLEGAL_TRANSITION = URI.create("https://ordo.dev/problems/illegal-transition");

    private ErrorReport() {
    }

    /** The line for {@code failure} of a command that talked to {@code server}. */
    public static String describe(Throwable failure, URI server) {
        if (failure instanceof CliException || failure instanceof ParameterException
                || failure instanceof ServerConfigException) {
            return failure.getMessage();
        }
        if (failure instanceof ApiException api) {
            return describe(api, server);
        }
        return "Unexpected error (" + failure + "). Please report it with the command you ran.";
    }

    private static String describe(ApiException failure, URI server) {
        // The server's words: not even a carriage return of theirs may redraw this line.
        String what = TerminalSafeWriter.escape(sentence(failure.getMessage()));
        return switch (failure.kind()) {
            case AUTHENTICATION -> what + " Sign in with: ordo login --server " + server + " --username NAME";
            case FORBIDDEN -> what + " Ask an admin for the role if you need it.";
            case NOT_FOUND -> failure.type() != null ? what
                    : what + " Is " + server + " an Ordo server? Check --server or ORDO_SERVER.";
            case CONFLICT -> conflict(failure, what);
            case VALIDATION -> what + fieldsNotNamedIn(what, failure);
            case RATE_LIMITED -> what + " Too many requests: retry " + when(failure) + ".";
            case UNAVAILABLE -> failure.status() != 0 ? what + " The server is unavailable: retry " + when(failure) + "."
                    : causedBy(failure, CertificateException.class) ? what + " A certificate problem, not a server down: "
                            + "this computer does not trust the certificate of " + server + ". If the server has its own "
                            + "certificate, name a trust store holding it in ORDO_TRUSTSTORE (and ORDO_TRUSTSTORE_PASSWORD)."
                    : causedBy(failure, SSLException.class) ? what + " A TLS problem, not a server down: does "
                            + server + " speak HTTPS on that port? Check the scheme and port in --server or ORDO_SERVER."
                    : causedBy(failure, UnresolvedAddressException.class) || causedBy(failure, UnknownHostException.class)
                            ? what + " Check the host name in --server or ORDO_SERVER."
                    : what + " Is the server running? Check --server or ORDO_SERVER.";
            case UNEXPECTED -> "The server failed (HTTP " + failure.status() + "): " + what
                    + " Try again, and report it with the time if it persists.";
        };
    }

    /**
     * The wrong fields the server's detail does not already spell out: some details are a count
     * ("2 fields are invalid"), others say it all ("reason is required"), which repeating would
     * only make harder to read.
     */
    private static String fieldsNotNamedIn(String detail, ApiException failure) {
        String unnamed = failure.fieldErrors().stream()
                .filter(field -> !(detail.contains(field.field()) && detail.contains(field.message())))
                .map(FieldError::toString).map(TerminalSafeWriter::escape)
                .collect(Collectors.joining("; "));
        return unnamed.isEmpty() ? "" : " " + unnamed + ".";
    }

    /** The API's conflicts about orders already say what happened and what is possible; others get advice. */
    private static String conflict(ApiException failure, String what) {
        if (failure instanceof OrderChangedException changed) {
            return what + " See it now with: ordo orders show " + changed.orderId();
        }
        if (ILLEGAL_TRANSITION.equals(failure.type())) {
            return what;
        }
        return what + " It changed meanwhile or its state forbids this: show it again, then retry.";
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String when(ApiException failure) {
        return failure.retryAfter().map(Duration::toSeconds).map(seconds -> "in " + seconds + "s").orElse("later");
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }
}
