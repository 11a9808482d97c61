package io.ordo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * One operation of the API as the server's OpenAPI document describes it, with the roles allowed
 * to call it.
 *
 * @param method the HTTP method in upper case, e.g. {@code POST}
 * @param path as served, e.g. {@code /api/v1/admin/users/{username}/disable}
 * @param roles the roles allowed to call it; empty when anyone may (the token endpoint)
 */
public record ApiOperation(String method, String path, String operationId, String summary, List<String> roles) {

    public ApiOperation {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    @JsonIgnore
    public boolean isOpen() {
        return roles.isEmpty();
    }
}
