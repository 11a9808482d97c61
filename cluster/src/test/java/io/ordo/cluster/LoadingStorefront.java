package io.ordo.cluster;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A storefront placing orders through the balancer the way one that must not lose an order does:
 * each order under one Idempotency-Key, sent again with growing pauses on a connection error, a
 * 5xx, a non-API answer or a 409 "still in flight", until Ordo answers 201 or the deadline passes.
 * Counts what it met on the way, and which servers answered.
 */
final class LoadingStorefront {

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

    /** An order the storefront was told 201 about. */
    record Acknowledged(String idempotencyKey, UUID orderId, int attempts, boolean replayed, String server, Duration took) {
    }

    private final Api api;
    private final Map<String, String> credentials;
    private volatile String token;
    final AtomicInteger failedAttempts = new AtomicInteger();
    final Set<String> answeringServers = ConcurrentHashMap.newKeySet();

    LoadingStorefront(Api api, Map<String, String> clientCredentials) {
        this.api = api;
        this.credentials = clientCredentials;
    }

    CompletableFuture<Acknowledged> place(Map<String, Object> order, Duration startIn, Instant giveUpAt,
                                          ScheduledExecutorService scheduler) {
        String key = UUID.randomUUID().toString();
        CompletableFuture<Acknowledged> acknowledged = new CompletableFuture<>();
        scheduler.schedule(() -> attempt(key, order, 1, Instant.now(), giveUpAt, scheduler, acknowledged),
                startIn.toMillis(), TimeUnit.MILLISECONDS);
        return acknowledged;
    }

    private void attempt(String key, Map<String, Object> order, int attempt, Instant first, Instant giveUpAt,
                         ScheduledExecutorService scheduler, CompletableFuture<Acknowledged> acknowledged) {
        String outcome;
        try {
            Api.Reply reply = api.placeOrder(token(), key, order);
            if (reply.status() == 201) {
                answeringServers.add(reply.server());
                acknowledged.complete(new Acknowledged(key, UUID.fromString(reply.json().get("id").asText()), attempt,
                        reply.replayed(), reply.server(), Duration.between(first, Instant.now())));
                return;
            }
            if (reply.status() == 401) {
                token = null;
            } else if (!(reply.status() >= 500 || !reply.fromTheApi() || reply.isProblem("idempotent-request-in-flight"))) {
                acknowledged.completeExceptionally(new AssertionError("order with Idempotency-Key " + key
                        + " refused on attempt " + attempt + ": " + reply));
                return;
            }
            outcome = reply.toString();
        } catch (UncheckedIOException | NotServing unreachable) {
            outcome = unreachable.toString();
        } catch (RuntimeException unexpected) {
            acknowledged.completeExceptionally(unexpected);
            return;
        }
        failedAttempts.incrementAndGet();
        if (Instant.now().isAfter(giveUpAt)) {
            acknowledged.completeExceptionally(new AssertionError("order with Idempotency-Key " + key
                    + " still not accepted after " + attempt + " attempts; last: " + outcome));
            return;
        }
        long pause = Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << Math.min(attempt - 1, 10));
        scheduler.schedule(() -> attempt(key, order, attempt + 1, first, giveUpAt, scheduler, acknowledged),
                pause, TimeUnit.MILLISECONDS);
    }

    private String token() {
        String current = token;
        if (current == null) {
            Api.Reply reply = api.token(credentials);
            if (reply.status() >= 500 || !reply.fromTheApi()) {
                throw new NotServing(reply);
            }
            if (reply.status() != 200) {
                throw new AssertionError("sign-in refused: " + reply);
            }
            current = reply.json().get("access_token").asText();
            token = current;
        }
        return current;
    }

    private static final class NotServing extends RuntimeException {
        NotServing(Api.Reply reply) {
            super("Ordo is not serving the API: " + reply);
        }
    }
}
