package io.ordo.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.ordo.client.model.ApiOperation;
import io.ordo.client.model.AuditEntry;
import io.ordo.client.model.ClientAccount;
import io.ordo.client.model.CustomerErasure;
import io.ordo.client.model.GeneratedSecret;
import io.ordo.client.model.RoleAccess;
import io.ordo.client.model.SigningKey;
import io.ordo.client.model.UserAccount;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What admins manage, from {@link OrdoClient#admin()}: staff and admin users, storefront clients,
 * the token signing key and the audit log; plus which role may do what, from the server's own
 * API description. Every call but {@link #roles()} needs the admin role (else a
 * {@link ErrorKind#FORBIDDEN}).
 *
 * <pre>{@code
 * GeneratedSecret first = ordo.admin().createUser("bob", Set.of("staff"));   // shown once: hand it on
 * ordo.admin().disableUser("bob");
 * ordo.admin().allAuditEntries(AuditQuery.all().withActor("alice")).limit(20).forEach(System.out::println);
 * }</pre>
 */
public final class AdminApi {

    private static final String USERS = "api/v1/admin/users";
    private static final String CLIENTS = "api/v1/admin/clients";
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final HttpTransport transport;
    private final Function<String, HttpRequest.Builder> authorized;

    AdminApi(HttpTransport transport, Function<String, HttpRequest.Builder> authorized) {
        this.transport = transport;
        this.authorized = authorized;
    }

    /** Every staff and admin user. */
    public List<UserAccount> users() {
        return transport.exchange(authorized.apply(USERS).GET().build(), transport.listOf(UserAccount.class));
    }

    /**
     * Creates a user with a generated first password, which this answer is the only one to show.
     *
     * @param roles e.g. {@code staff}, {@code admin}; at least one
     * @throws ApiException a {@link ErrorKind#CONFLICT} if the username is taken, a
     *         {@link ErrorKind#VALIDATION} naming the wrong fields
     */
    public GeneratedSecret createUser(String username, Set<String> roles) {
        return post(USERS, new NewUser(username, roles), GeneratedSecret.class);
    }

    /** Disables a user: it gets no new tokens, its refresh tokens are revoked. */
    public UserAccount disableUser(String username) {
        return post(USERS + "/" + segment(username) + "/disable", null, UserAccount.class);
    }

    public UserAccount enableUser(String username) {
        return post(USERS + "/" + segment(username) + "/enable", null, UserAccount.class);
    }

    /** Gives a user a new generated password, shown only in this answer; the old one stops working. */
    public GeneratedSecret resetPassword(String username) {
        return post(USERS + "/" + segment(username) + "/reset-password", null, GeneratedSecret.class);
    }

    /** Every storefront client. */
    public List<ClientAccount> clients() {
        return transport.exchange(authorized.apply(CLIENTS).GET().build(), transport.listOf(ClientAccount.class));
    }

    /**
     * Creates a storefront client with a generated secret, which this answer is the only one to show.
     *
     * @throws ApiException a {@link ErrorKind#CONFLICT} if the client id is taken
     */
    public GeneratedSecret createClient(String clientId, String displayName) {
        return post(CLIENTS, new NewClient(clientId, displayName), GeneratedSecret.class);
    }

    /** Disables a storefront client: it gets no new tokens. */
    public ClientAccount disableClient(String clientId) {
        return post(CLIENTS + "/" + segment(clientId) + "/disable", null, ClientAccount.class);
    }

    public ClientAccount enableClient(String clientId) {
        return post(CLIENTS + "/" + segment(clientId) + "/enable", null, ClientAccount.class);
    }

    /** Gives a storefront client a new generated secret, shown only in this answer; the old one stops working. */
    public GeneratedSecret rotateClientSecret(String clientId) {
        return post(CLIENTS + "/" + segment(clientId) + "/rotate-secret", null, GeneratedSecret.class);
    }

    /**
     * Signs new tokens with a new key from now on; tokens signed with the previous key stay valid
     * until they expire, so nobody is signed out.
     */
    public SigningKey rotateSigningKey() {
        return post("api/v1/admin/keys/rotate", null, SigningKey.class);
    }

    /**
     * Erases a customer's personal data on every order by destroying their data key: the orders
     * stay, their customer reads as erased from then on. Cannot be undone.
     */
    public CustomerErasure eraseCustomer(String email) {
        return post("api/v1/admin/customers/erasures", new EraseCustomer(email), CustomerErasure.class);
    }

    /** One page of the audit log, newest first. */
    public Page<AuditEntry> auditEntries(AuditQuery query) {
        return transport.exchange(authorized.apply("api/v1/admin/audit" + query.toQueryString()).GET().build(),
                transport.pageOf(AuditEntry.class));
    }

    /** Every matching audit entry from the query's page on, read page by page as the stream is consumed. */
    public Stream<AuditEntry> allAuditEntries(AuditQuery query) {
        return Paging.stream(query.cursor(), cursor -> auditEntries(query.after(cursor)));
    }

    /**
     * What each role may do, read from the OpenAPI document the server serves at {@code /openapi}:
     * the roles its operations require are the ones it enforces, so this cannot drift from the
     * server. Roles in the order the API declares them; operations by path, then method.
     * Operations open to anyone (signing in) are left out. Needs no sign-in.
     */
    public List<RoleAccess> roles() {
        HttpRequest request = transport.request("openapi?format=JSON").setHeader("Accept", "application/json")
                .GET().build();
        HttpResponse<byte[]> response = transport.send(request);
        if (!HttpTransport.isSuccess(response)) {
            throw transport.errors().fromResponse(response);
        }
        JsonNode document = transport.read(response, transport.type(JsonNode.class));
        if (!document.path("paths").isObject()) {
            throw ApiErrors.unreadable(response, new IllegalStateException("not an OpenAPI document: no paths"));
        }
        return rolesIn(document);
    }

    private static List<RoleAccess> rolesIn(JsonNode document) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        document.path("components").path("securitySchemes").forEach(scheme -> scheme.path("flows").forEach(flow ->
                flow.path("scopes").fields().forEachRemaining(scope ->
                        descriptions.putIfAbsent(scope.getKey(), scope.getValue().asText(null)))));
        JsonNode defaultSecurity = document.path("security");
        List<ApiOperation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().path(method);
            if (operation.isObject()) {
                JsonNode security = operation.has("security") ? operation.get("security") : defaultSecurity;
                operations.add(new ApiOperation(method.toUpperCase(Locale.ROOT), path.getKey(),
                        operation.path("operationId").asText(null), operation.path("summary").asText(null),
                        rolesOf(security)));
            }
        }));
        operations.sort(Comparator.comparing(ApiOperation::path)
                .thenComparing(operation -> METHODS.indexOf(operation.method().toLowerCase(Locale.ROOT))));
        operations.forEach(operation -> operation.roles().forEach(role -> descriptions.putIfAbsent(role, null)));
        return descriptions.entrySet().stream()
                .map(role -> new RoleAccess(role.getKey(), role.getValue(), operations.stream()
                        .filter(operation -> operation.roles().contains(role.getKey())).toList()))
                .toList();
    }

    /** The scopes of every requirement: OpenAPI lists the roles an operation allows as its scheme's scopes. */
    private static List<String> rolesOf(JsonNode security) {
        List<String> roles = new ArrayList<>();
        for (JsonNode requirement : security) {
            for (Iterator<JsonNode> schemes = requirement.elements(); schemes.hasNext(); ) {
                schemes.next().forEach(scope -> {
                    if (!roles.contains(scope.asText())) {
                        roles.add(scope.asText());
                    }
                });
            }
        }
        return roles;
    }

    private <T> T post(String path, Object body, Class<T> answer) {
        HttpRequest.Builder request = authorized.apply(path);
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(transport.jsonBody(body));
        }
        return transport.exchange(request.build(), transport.type(answer));
    }

    /** A name as one path segment: names are plain, but a typo must not change which resource is meant. */
    private static String segment(String name) {
        Objects.requireNonNull(name, "name");
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The body of a new user. */
    private record NewUser(String username, Set<String> roles) {
    }

    /** The body of a new storefront client. */
    private record NewClient(String clientId, String displayName) {
    }

    private record EraseCustomer(String email) {
    }
}
