package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Walks the served OpenAPI document and calls every operation with no token and with each role:
 * the answers must match the roles the document states for the operation (its bearer security
 * requirement's scopes). An operation without a stated policy fails the test.
 */
class AccessPolicyIT extends PackagedServer {

    private static final List<String> ROLES = List.of("storefront", "staff", "admin");

    private record Call(String method, String path, Set<String> allowedRoles, boolean open) {
    }

    @Test
    void every_operation_answers_every_role_as_the_document_says() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("storefront", Http.storefrontToken());
        tokens.put("staff", Http.staffToken());
        tokens.put("admin", Http.adminToken());
        List<Call> calls = documentedCalls();
        assertThat(calls).as("the document lists the API's operations").hasSizeGreaterThan(20);

        List<String> mismatches = new ArrayList<>();
        for (Call call : calls) {
            check(call, null, call.open() ? Set.of() : Set.of(401), mismatches);
            for (String role : ROLES) {
                boolean allowed = call.open() || call.allowedRoles().contains(role)
                        || role.equals("admin") && call.allowedRoles().contains("staff");
                check(call, tokens.get(role), allowed ? Set.of() : Set.of(403), mismatches);
            }
        }

        assertThat(mismatches).isEmpty();
    }

    /**
     * @param expected the only acceptable status, or empty when any answer but 401/403 is right
     *                 (the call itself may well be refused for its made-up ids or body)
     */
    private static void check(Call call, String token, Set<Integer> expected, List<String> mismatches) {
        String uri = call.path().replaceAll("\\{[^}]+}", "x-" + UUID.randomUUID().toString().substring(0, 8));
        HttpRequest.Builder request = HttpRequest.newBuilder(Stack.server().resolve(uri))
                .header("Content-Type", "application/json")
                .method(call.method(), call.method().equals("GET") ? HttpRequest.BodyPublishers.noBody() : Http.json(Map.of()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        int status = Http.sendMalformed(request).status(); // made-up ids and an empty body: only the answer is checked
        boolean right = expected.isEmpty() ? status != 401 && status != 403 : expected.contains(status);
        if (!right) {
            mismatches.add(call.method() + " " + call.path() + " as " + (token == null ? "anonymous" : roleOf(token))
                    + ": " + status + " (expected " + (expected.isEmpty() ? "neither 401 nor 403" : expected) + ")");
        }
    }

    private static String roleOf(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return payload.replaceAll(".*\"groups\":\\[([^]]*)].*", "$1");
    }

    private static List<Call> documentedCalls() {
        JsonNode document = Http.send(HttpRequest.newBuilder(Stack.server().resolve("/openapi"))
                .header("Accept", "application/json").GET()).json();
        List<Call> calls = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
            JsonNode security = operation.getValue().get("security");
            if (security == null) {
                undocumented.add(method + " " + path.getKey());
                return;
            }
            Set<String> roles = new HashSet<>();
            boolean open = security.isEmpty();
            for (JsonNode requirement : security) {
                if (requirement.isEmpty()) {
                    open = true;
                }
                requirement.path("bearer").forEach(role -> roles.add(role.asText()));
            }
            calls.add(new Call(method, path.getKey(), roles, open));
        }));
        assertThat(undocumented).as("operations without a stated access policy").isEmpty();
        return calls;
    }
}
