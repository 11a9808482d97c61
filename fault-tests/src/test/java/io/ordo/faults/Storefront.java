package io.ordo.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A storefront's server as Ordo's REST API sees it: it signs in with client credentials, places
 * orders under an Idempotency-Key and reads them back. {@link #placeRetrying} is what a careful
 * storefront does when Ordo does not answer: the same request with the same key again, until Ordo
 * says what became of it.
 */
final class Storefront {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    /** Also the most a Retry-After is honoured for: a storefront's customer is waiting. */
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

    /** An answer of the API, with how long it took and its Retry-After header, if any. */
    record Reply(int status, String contentType, String body, boolean replayed, String retryAfter, Duration took) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + " " + contentType + "): " + body, e);
            }
        }

        /** Ordo's API always answers JSON; anything else is Liberty itself, e.g. while the application starts. */
        boolean fromTheApi() {
            return contentType.startsWith("application/json") || contentType.startsWith("application/problem+json");
        }

        boolean isProblem(String typeSlug) {
            return contentType.startsWith("application/problem+json") && json().path("type").asText().endsWith("/" + typeSlug);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /**
     * An order the storefront was told {@code 201 Created} about: after how many attempts, whether
     * that answer was a replay of an earlier attempt's, and how long it took from the first.
     */
    record Acknowledged(String idempotencyKey, UUID orderId, int attempts, boolean replayed, Duration took) {
    }

    /**
     * One request as the storefront lived it: what it was ({@code place} or {@code read}), under
     * which Idempotency-Key (placing), when it was sent and answered (or given up), and how.
     */
    record Attempt(String operation, String idempotencyKey, Instant sent, Instant ended, Outcome outcome) {

        Duration took() {
            return Duration.between(sent, ended);
        }
    }

    /** How a request ended, as the availability report counts it. */
    enum Outcome {
        OK("2xx", true, true),
        UNAVAILABLE_RETRY_AFTER("503 + Retry-After", true, false),
        UNAVAILABLE("503 without Retry-After", true, false),
        THROTTLED("429", true, false),
        IN_FLIGHT("409 in flight", true, false),
        SERVER_ERROR("other 5xx", true, false),
        NOT_SERVING("server up, API not yet", true, false),
        CLIENT_ERROR("other 4xx", true, false),
        NO_SERVER_READY("503 from the load balancer (no server ready)", true, false),
        TIMEOUT("timeout", false, false),
        REFUSED("connection refused", false, false),
        CONNECTION_LOST("connection reset", false, false);

        final String label;
        /** Ordo (or at least Liberty) answered with an HTTP status. */
        final boolean answered;
        final boolean ok;

        Outcome(String label, boolean answered, boolean ok) {
            this.label = label;
            this.answered = answered;
            this.ok = ok;
        }

        static Outcome of(Reply reply) {
            int status = reply.status();
            if (status >= 200 && status < 300) {
                return OK;
            }
            if (!reply.fromTheApi()) {
                return NOT_SERVING;
            }
            if (status == 503) {
                return reply.retryAfter() != null ? UNAVAILABLE_RETRY_AFTER : UNAVAILABLE;
            }
            if (status == 429) {
                return THROTTLED;
            }
            if (status >= 500) {
                return SERVER_ERROR;
            }
            return reply.isProblem("idempotent-request-in-flight") ? IN_FLIGHT : CLIENT_ERROR;
        }

        static Outcome of(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.net.http.HttpTimeoutException) {
                    return TIMEOUT;
                }
                if (cause instanceof java.net.ConnectException) {
                    return REFUSED;
                }
                if (cause instanceof NotServing notServing) {
                    // sign-in refused for now: counted as what the token endpoint answered
                    return notServing.reply.fromTheApi() ? of(notServing.reply) : NOT_SERVING;
                }
            }
            return CONNECTION_LOST;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Duration requestTimeout;
    private volatile String token;
    private volatile Consumer<Attempt> attempts = attempt -> { };
    private volatile java.util.function.BooleanSupplier serverReady = () -> true;

    Storefront() {
        this(REQUEST_TIMEOUT);
    }

    /** A storefront that gives up on a request after {@code requestTimeout} (and retries, when placing). */
    Storefront(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    /**
     * Sends requests only while {@code ready} says a server is ready, as a load balancer does that
     * routes to servers whose readiness check passes; meanwhile each request is answered at once,
     * as such a load balancer answers when it has no server: 503 with Retry-After.
     */
    void behindLoadBalancer(java.util.function.BooleanSupplier ready) {
        this.serverReady = ready;
    }

    /** Hands every attempt to place an order, and every {@link #tryRead} to {@code recorder}. */
    void recordAttemptsTo(Consumer<Attempt> recorder) {
        this.attempts = recorder;
    }

    /** An order of {@code quantity} units of one product, paid with the sandbox's approving test card. */
    static Map<String, Object> orderOf(String sku, int quantity) {
        return Map.of(
                "customer", Map.of("name", "Grace Hopper", "email", "grace@example.org"),
                "currency", "EUR",
                "paymentMethod", "tok_visa",
                "lines", List.of(Map.of("sku", sku, "quantity", quantity)));
    }

    /** Places an order and expects Ordo to accept it at once. */
    Acknowledged place(Map<String, Object> order) {
        String key = UUID.randomUUID().toString();
        Reply reply = placeOnce(key, order);
        if (reply.status() != 201) {
            throw new AssertionError("order not accepted: " + reply);
        }
        return new Acknowledged(key, UUID.fromString(reply.json().get("id").asText()), 1, reply.replayed(), reply.took());
    }

    /** One attempt; a connection failure is thrown as {@link UncheckedIOException}. */
    private Reply placeOnce(String idempotencyKey, Map<String, Object> order) {
        try {
            return send(api("orders")
                    .header("Authorization", "Bearer " + token())
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", idempotencyKey)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(order))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Places an order, starting in {@code startIn}, the way a storefront that must not lose it
     * does: under one Idempotency-Key, retried with growing pauses (on {@code scheduler}, so no
     * thread waits) while Ordo cannot be reached, answers 5xx, is not serving the API yet, or is
     * still busy with an earlier attempt (409); until it answers 201 or {@code giveUpAt}.
     */
    CompletableFuture<Acknowledged> placeRetrying(Map<String, Object> order, Duration startIn, Instant giveUpAt,
                                                  ScheduledExecutorService scheduler) {
        RetriedPlacement placement = new RetriedPlacement(UUID.randomUUID().toString(), order, giveUpAt, scheduler);
        scheduler.schedule(placement::start, startIn.toMillis(), TimeUnit.MILLISECONDS);
        return placement.acknowledged;
    }

    /** One order's attempts under one Idempotency-Key. */
    private final class RetriedPlacement {

        private final String key;
        private final Map<String, Object> order;
        private final Instant giveUpAt;
        private final ScheduledExecutorService scheduler;
        private final CompletableFuture<Acknowledged> acknowledged = new CompletableFuture<>();
        private Instant first;

        RetriedPlacement(String key, Map<String, Object> order, Instant giveUpAt, ScheduledExecutorService scheduler) {
            this.key = key;
            this.order = order;
            this.giveUpAt = giveUpAt;
            this.scheduler = scheduler;
        }

        void start() {
            first = Instant.now();
            attempt(1);
        }

        private void attempt(int attempt) {
            String outcome;
            Duration pause = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 10));
            Instant sent = Instant.now();
            if (!serverReady.getAsBoolean()) {
                attempts.accept(new Attempt("place", key, sent, Instant.now(), Outcome.NO_SERVER_READY));
                scheduler.schedule(() -> attempt(attempt + 1), MAX_BACKOFF.toMillis(), TimeUnit.MILLISECONDS);
                return;
            }
            try {
                Reply reply = placeOnce(key, order);
                attempts.accept(new Attempt("place", key, sent, Instant.now(), Outcome.of(reply)));
                if (reply.status() == 201) {
                    acknowledged.complete(new Acknowledged(key, UUID.fromString(reply.json().get("id").asText()), attempt,
                            reply.replayed(), Duration.between(first, Instant.now())));
                    return;
                }
                if (reply.status() == 401) {
                    token = null; // the token is no longer accepted: sign in again, as a storefront would
                } else if (!worthRetrying(reply)) {
                    acknowledged.completeExceptionally(new AssertionError("order with Idempotency-Key " + key
                            + " refused on attempt " + attempt + ": " + reply));
                    return;
                }
                pause = max(pause, retryAfter(reply));
                outcome = reply.toString();
            } catch (UncheckedIOException | NotServing unreachable) {
                attempts.accept(new Attempt("place", key, sent, Instant.now(), Outcome.of(unreachable)));
                outcome = unreachable.toString();
            } catch (RuntimeException | AssertionError unexpected) {
                acknowledged.completeExceptionally(unexpected);
                return;
            }
            if (Instant.now().isAfter(giveUpAt)) {
                acknowledged.completeExceptionally(new AssertionError("order with Idempotency-Key " + key
                        + " still not accepted after " + attempt + " attempts; last: " + outcome));
                return;
            }
            scheduler.schedule(() -> attempt(attempt + 1), Math.min(pause.toMillis(), MAX_BACKOFF.toMillis()),
                    TimeUnit.MILLISECONDS);
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** What Retry-After asks for, in seconds (the only form Ordo sends); zero without one. */
    private static Duration retryAfter(Reply reply) {
        try {
            return reply.retryAfter() == null ? Duration.ZERO : Duration.ofSeconds(Long.parseLong(reply.retryAfter().trim()));
        } catch (NumberFormatException notSeconds) {
            return Duration.ZERO;
        }
    }

    private static boolean worthRetrying(Reply reply) {
        return notServing(reply) || reply.status() == 429 || reply.isProblem("idempotent-request-in-flight");
    }

    /** Down for now: a 5xx, or Liberty answering in place of the application that is still starting. */
    private static boolean notServing(Reply reply) {
        return reply.status() >= 500 || !reply.fromTheApi();
    }

    /** Ordo answered, but not as the API: worth asking again later. */
    private static final class NotServing extends RuntimeException {
        private final transient Reply reply;

        NotServing(Reply reply) {
            super("Ordo is not serving the API: " + reply);
            this.reply = reply;
        }
    }

    /** The order as the storefront reads it; fails unless Ordo answers 200. */
    JsonNode read(UUID orderId) {
        Reply reply = send(api("orders/" + orderId).header("Authorization", "Bearer " + token()).GET());
        if (reply.status() != 200) {
            throw new AssertionError("cannot read order " + orderId + ": " + reply);
        }
        return reply.json();
    }

    String status(UUID orderId) {
        return read(orderId).get("status").asText();
    }

    /**
     * Reads an order once, as a storefront showing it to its customer does, and records how that
     * went; never throws for a failed read.
     */
    Outcome tryRead(UUID orderId) {
        Instant sent = Instant.now();
        if (!serverReady.getAsBoolean()) {
            attempts.accept(new Attempt("read", null, sent, Instant.now(), Outcome.NO_SERVER_READY));
            return Outcome.NO_SERVER_READY;
        }
        Outcome outcome;
        try {
            outcome = Outcome.of(send(api("orders/" + orderId).header("Authorization", "Bearer " + token()).GET()));
        } catch (UncheckedIOException | NotServing unreachable) {
            outcome = Outcome.of(unreachable);
        } catch (AssertionError signInRefused) {
            outcome = Outcome.CLIENT_ERROR;
        }
        if (outcome == Outcome.CLIENT_ERROR) {
            token = null; // e.g. 401 after a restart with other keys: sign in again next time
        }
        attempts.accept(new Attempt("read", null, sent, Instant.now(), outcome));
        return outcome;
    }

    /** How long one read of the order takes, end to end. */
    Duration timeToRead(UUID orderId) {
        return send(api("orders/" + orderId).header("Authorization", "Bearer " + token()).GET()).took();
    }

    /** The storefront's access token, signing in first if it holds none. */
    String token() {
        String current = token;
        if (current == null) {
            current = signIn();
            token = current;
        }
        return current;
    }

    private String signIn() {
        Map<String, String> form = Map.of("grant_type", "client_credentials",
                "client_id", FaultStack.credentials().storefrontClientId(),
                "client_secret", FaultStack.credentials().storefrontSecret());
        Reply reply = send(api("oauth/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")))));
        if (notServing(reply)) {
            throw new NotServing(reply);
        }
        if (reply.status() != 200) {
            throw new AssertionError("sign-in refused: " + reply);
        }
        return reply.json().get("access_token").asText();
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(FaultStack.server().resolve("/api/v1/" + path)).timeout(requestTimeout);
    }

    private Reply send(HttpRequest.Builder request) {
        Instant sent = Instant.now();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Idempotent-Replayed").filter("true"::equals).isPresent(),
                    response.headers().firstValue("Retry-After").orElse(null), Duration.between(sent, Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to Ordo", e);
        }
    }
}
