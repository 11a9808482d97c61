package io.ordo.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.ordo.client.model.DeadLetter;
import io.ordo.client.model.DeadLetterSummary;
import io.ordo.client.model.Health;
import io.ordo.client.model.Order;
import io.ordo.client.model.OrderLifecycle;
import io.ordo.client.model.OrderSummary;
import io.ordo.client.model.PlaceOrderRequest;
import io.ordo.client.model.Product;
import io.ordo.client.model.Shipment;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The Ordo REST API for Java callers. Sign in with one of the {@code login...} methods (or hand
 * over a saved token), then call the resources. Safe to share between threads.
 *
 * <pre>{@code
 * OrdoClient ordo = OrdoClient.connect(ServerConfig.of(URI.create("https://localhost:9443")));
 * ordo.loginWithPassword("alice", password);
 * ordo.allOrders(OrderQuery.all().withStatus(OrderStatus.PAID)).forEach(System.out::println);
 * Order order = ordo.order(id);
 * ordo.shipOrder(order, new Shipment("DHL", "JD0123"));   // refused if it changed since it was read
 * }</pre>
 */
public final class OrdoClient {

    /** Renew this long before expiry so a token never runs out between check and use. */
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);

    private final HttpTransport transport;
    private final AdminApi admin;
    private final ReportsApi reports;
    private final InventoryApi inventory;
    private AccessToken accessToken;
    private TokenRenewal renewal;
    private Consumer<SessionTokens> renewalListener = renewed -> { };

    private OrdoClient(HttpTransport transport) {
        this.transport = transport;
        transport.reauthorizeWith(this::renewAfterRefusal);
        this.admin = new AdminApi(transport, this::authorized);
        this.reports = new ReportsApi(transport, this::authorized);
        this.inventory = new InventoryApi(transport, this::authorized);
    }

    /** Stock levels, adjustments, ledgers, reconciliation, products, imports and exports. */
    public InventoryApi inventory() {
        return inventory;
    }

    /**
     * A client of the server in {@code config}. Nothing is sent yet.
     *
     * @throws ServerConfigException if the trust store cannot be read
     */
    public static OrdoClient connect(ServerConfig config) {
        return new OrdoClient(new HttpTransport(config));
    }

    /** The server this client talks to, e.g. {@code https://localhost:9443}. */
    public URI server() {
        return transport.server();
    }

    /**
     * Signs a staff member or admin in. The password is not kept: the token is renewed before it
     * expires with the rotating refresh token the server issued with it; once that is refused
     * (expired, revoked) calls fail with {@link ErrorKind#AUTHENTICATION} and the person signs in again.
     */
    public AccessToken loginWithPassword(String username, char[] password) {
        RefreshingRenewal renewal = new RefreshingRenewal(this::requestTokenResponse);
        AccessToken token = renewal.accept(requestTokenResponse(new Form()
                .add("grant_type", "password")
                .add("username", username)
                .add("password", new String(password))));
        install(token, renewal.orNull());
        return token;
    }

    /** Signs a storefront in; its token is renewed with the same credentials before it expires. */
    public AccessToken loginWithClientCredentials(String clientId, char[] secret) {
        char[] kept = secret.clone();
        TokenRenewal renewal = () -> requestToken(new Form()
                .add("grant_type", "client_credentials")
                .add("client_id", clientId)
                .add("client_secret", new String(kept)));
        AccessToken token = renewal.renew();
        install(token, renewal);
        return token;
    }

    /**
     * Goes on with a password session signed in earlier, e.g. by another process: the access
     * token is used until it nears its expiry or the server refuses it, then renewed with the
     * refresh token like a session of {@link #loginWithPassword}.
     */
    public void resumeSession(SessionTokens tokens) {
        RefreshingRenewal refreshing = new RefreshingRenewal(this::requestTokenResponse);
        AccessToken token = refreshing.accept(new RefreshingRenewal.Granted(tokens.accessToken(), tokens.refreshToken()));
        install(token, refreshing.orNull());
    }

    /**
     * The current access and refresh token of a password session, to keep for a later
     * {@link #resumeSession}; empty for other sessions and when signed out.
     */
    public synchronized Optional<SessionTokens> sessionTokens() {
        return accessToken != null && renewal instanceof RefreshingRenewal refreshing
                ? Optional.of(new SessionTokens(accessToken, refreshing.refreshToken()))
                : Optional.empty();
    }

    /**
     * Called with the new tokens each time a password session is renewed. The refresh token just
     * used is spent, so whoever keeps the session outside this client must keep these instead.
     */
    public synchronized void onSessionRenewed(Consumer<SessionTokens> listener) {
        this.renewalListener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Ends a password session: the server revokes its refresh token (and those it rotated from,
     * RFC 7009), and this client forgets its tokens. The access token itself stays valid until it
     * expires (at most 15 minutes), as bearer tokens do. Harmless without a session.
     */
    public void logout() {
        Optional<SessionTokens> session = sessionTokens();
        install(null, null);
        if (session.isPresent()) {
            HttpRequest request = transport.request("api/v1/oauth/revoke")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(new Form()
                            .add("token", session.get().refreshToken())
                            .add("token_type_hint", "refresh_token").toString()))
                    .build();
            HttpResponse<byte[]> response = transport.send(request);
            if (!HttpTransport.isSuccess(response)) {
                throw transport.errors().fromTokenResponse(response);
            }
        }
    }

    /** Uses a token obtained earlier, e.g. from a saved session; it is not renewed. */
    public void useAccessToken(AccessToken token) {
        install(Objects.requireNonNull(token, "token"), null);
    }

    public synchronized Optional<AccessToken> accessToken() {
        return Optional.ofNullable(accessToken);
    }

    /**
     * Checks that the server answers as an Ordo server, without signing in: the address, the port
     * and (over HTTPS) the certificate. Calls it before asking a person for a password.
     *
     * @throws ApiException {@link ErrorKind#UNAVAILABLE} when it cannot be reached or its
     *         certificate is not trusted, {@link ErrorKind#NOT_FOUND} when no Ordo API answers there
     */
    public void checkConnection() {
        HttpResponse<byte[]> response = transport.send(transport.request("api/v1/oauth/jwks")
                .setHeader("Accept", "application/jwk-set+json").GET().build());
        if (!HttpTransport.isSuccess(response)) {
            throw transport.errors().fromResponse(response);
        }
    }

    /**
     * The server's health report. A server that is DOWN answers 503 with a report, which is
     * returned like any other; only a server that does not answer with one is an error.
     */
    public Health health() {
        HttpResponse<byte[]> response = transport.send(transport.request("health").GET().build());
        if (HttpTransport.isSuccess(response) || response.statusCode() == 503) {
            Optional<Health> report = readHealth(response);
            if (report.isPresent()) {
                return report.get();
            }
        }
        throw transport.errors().fromResponse(response);
    }

    /** Users, storefront clients, signing keys, the audit log and the roles: what admins manage. */
    public AdminApi admin() {
        return admin;
    }

    /** The reports for staff and admins, typed or as CSV, and their rebuild. */
    public ReportsApi reports() {
        return reports;
    }

    /** The first page of the catalogue, at the default page size. */
    public Page<Product> products() {
        return products(ProductQuery.firstPage());
    }

    public Page<Product> products(ProductQuery query) {
        return transport.exchange(authorized("api/v1/products" + query.toQueryString()).GET().build(),
                transport.pageOf(Product.class));
    }

    /** Every product from the query's page on, read page by page as the stream is consumed. */
    public Stream<Product> allProducts(ProductQuery query) {
        return Paging.stream(query.cursor(), cursor -> products(query.after(cursor)));
    }

    /**
     * Places an order as a storefront. Sending the same key and body again returns the first
     * answer instead of a second order, so retry with the same key after a timeout.
     */
    public Order placeOrder(String idempotencyKey, PlaceOrderRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("an idempotency key is required");
        }
        HttpRequest httpRequest = authorized("api/v1/orders")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(transport.jsonBody(request))
                .build();
        return transport.exchange(httpRequest, transport.type(Order.class));
    }

    public Order order(UUID id) {
        return transport.exchange(authorized("api/v1/orders/" + id).GET().build(), transport.type(Order.class));
    }

    public Page<OrderSummary> orders(OrderQuery query) {
        return transport.exchange(authorized("api/v1/orders" + query.toQueryString()).GET().build(),
                transport.pageOf(OrderSummary.class));
    }

    /** Every matching order from the query's page on, read page by page as the stream is consumed. */
    public Stream<OrderSummary> allOrders(OrderQuery query) {
        return Paging.stream(query.cursor(), cursor -> orders(query.after(cursor)));
    }

    /**
     * Cancels the order as it was read: before payment the stock is released; a paid order
     * (staff only) is refunded too, which the payment status shows once the gateway confirmed it.
     *
     * @param reason kept in the order's history; may be null
     * @throws OrderChangedException if the order changed since {@code asRead} was read
     */
    public Order cancelOrder(Order asRead, String reason) {
        return changeOrder(asRead, "cancel", new Reason(reason));
    }

    /**
     * Sends a FAILED or EXPIRED order through the pipeline again (staff); a payment already
     * captured is reused, never captured twice.
     *
     * @param reason kept in the order's history; may be null
     * @throws OrderChangedException if the order changed since {@code asRead} was read
     */
    public Order retryOrder(Order asRead, String reason) {
        return changeOrder(asRead, "retry", new Reason(reason));
    }

    /**
     * Ships a PAID order (staff): its reserved stock leaves the warehouse.
     *
     * @throws OrderChangedException if the order changed since {@code asRead} was read
     */
    public Order shipOrder(Order asRead, Shipment shipment) {
        return changeOrder(asRead, "ship", Objects.requireNonNull(shipment, "shipment"));
    }

    /** The order state machine: every status and legal transition. */
    public OrderLifecycle orderLifecycle() {
        return transport.exchange(authorized("api/v1/orders/lifecycle").GET().build(),
                transport.type(OrderLifecycle.class));
    }

    /** Messages a consumer kept failing on (admins only). */
    public Page<DeadLetterSummary> deadLetters(DeadLetterQuery query) {
        return transport.exchange(authorized("api/v1/admin/dead-letters" + query.toQueryString()).GET().build(),
                transport.pageOf(DeadLetterSummary.class));
    }

    /** Every matching dead letter from the query's page on, read page by page as the stream is consumed. */
    public Stream<DeadLetterSummary> allDeadLetters(DeadLetterQuery query) {
        return Paging.stream(query.cursor(), cursor -> deadLetters(query.after(cursor)));
    }

    /** One dead letter with its full message and last error (admins only). */
    public DeadLetter deadLetter(long id) {
        return transport.exchange(authorized("api/v1/admin/dead-letters/" + id).GET().build(),
                transport.type(DeadLetter.class));
    }

    /**
     * Applies a parked message again through its consumer, once its cause is fixed. If it fails
     * again the server answers 409 (a {@link ErrorKind#CONFLICT}) with the new error, and it stays
     * parked.
     */
    public DeadLetter replayDeadLetter(long id) {
        return resolveDeadLetter(id, "replay");
    }

    /** Gives up on a parked message for good; it stays on record as DISCARDED. */
    public DeadLetter discardDeadLetter(long id) {
        return resolveDeadLetter(id, "discard");
    }

    private DeadLetter resolveDeadLetter(long id, String resolution) {
        return transport.exchange(authorized("api/v1/admin/dead-letters/" + id + "/" + resolution)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), transport.type(DeadLetter.class));
    }

    /**
     * Posts an order command with If-Match naming the version the caller decided on. The API's
     * ETag of an order is its version ({@code "4"}), which the order document carries too, so the
     * order as read is all a caller needs to hold on to.
     */
    private Order changeOrder(Order asRead, String command, Object body) {
        HttpRequest request = authorized("api/v1/orders/" + asRead.id() + "/" + command)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"" + asRead.version() + "\"")
                .POST(transport.jsonBody(body))
                .build();
        HttpResponse<byte[]> response = transport.send(request);
        if (!HttpTransport.isSuccess(response)) {
            ApiException refusal = transport.errors().fromResponse(response);
            throw response.statusCode() == 412 ? new OrderChangedException(asRead, refusal) : refusal;
        }
        return transport.read(response, transport.type(Order.class));
    }

    private synchronized void install(AccessToken token, TokenRenewal tokenRenewal) {
        this.accessToken = token;
        this.renewal = tokenRenewal;
    }

    private synchronized Optional<AccessToken> currentToken() {
        if (accessToken != null && renewal != null && accessToken.expiresWithin(RENEW_BEFORE_EXPIRY, Instant.now())) {
            renew();
        }
        return Optional.ofNullable(accessToken);
    }

    /**
     * A new {@code Authorization} value after the server refused {@code refusedAuthorization}:
     * the token another thread renewed meanwhile, else a renewed one; empty when there is no way
     * to renew (then the refusal stands).
     */
    private synchronized Optional<String> renewAfterRefusal(String refusedAuthorization) {
        if (accessToken == null || renewal == null) {
            return Optional.empty();
        }
        if (refusedAuthorization.equals(bearer(accessToken))) {
            renew();
        }
        return Optional.of(bearer(accessToken));
    }

    private void renew() {
        accessToken = renewal.renew();
        sessionTokens().ifPresent(renewalListener);
    }

    private static String bearer(AccessToken token) {
        return "Bearer " + token.value();
    }

    private HttpRequest.Builder authorized(String path) {
        HttpRequest.Builder request = transport.request(path);
        currentToken().ifPresent(token -> request.header("Authorization", bearer(token)));
        return request;
    }

    private AccessToken requestToken(Form form) {
        return requestTokenResponse(form).accessToken();
    }

    private RefreshingRenewal.Granted requestTokenResponse(Form form) {
        Instant requestedAt = Instant.now();
        HttpRequest request = transport.request("api/v1/oauth/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build();
        HttpResponse<byte[]> response = transport.send(request);
        if (!HttpTransport.isSuccess(response)) {
            throw transport.errors().fromTokenResponse(response);
        }
        TokenResponse token = transport.read(response, transport.type(TokenResponse.class));
        if (token.accessToken() == null) {
            throw ApiErrors.unreadable(response, new IllegalStateException("no access_token in the answer"));
        }
        // Counted from when we asked, so clock drift during the call can only make us renew early.
        return new RefreshingRenewal.Granted(new AccessToken(token.accessToken(),
                requestedAt.plusSeconds(token.expiresIn())), token.refreshToken());
    }

    private Optional<Health> readHealth(HttpResponse<byte[]> response) {
        try {
            Health health = transport.read(response, transport.type(Health.class));
            return Optional.ofNullable(health.status() == null ? null : health);
        } catch (ApiException notAHealthReport) {
            return Optional.empty();
        }
    }

    /** The token endpoint's answer (RFC 6749 section 5.1). */
    private record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("refresh_token") String refreshToken) {
    }

    /** The body of cancel and retry; without a reason the server records a default one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record Reason(String reason) {
    }

    /** An application/x-www-form-urlencoded body. */
    static final class Form {

        private final StringJoiner fields = new StringJoiner("&");

        Form add(String name, String value) {
            fields.add(QueryString.encode(name) + "=" + QueryString.encode(value));
            return this;
        }

        @Override
        public String toString() {
            return fields.toString();
        }
    }
}
