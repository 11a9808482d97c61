package io.ordo.client.model;

import java.util.List;

/**
 * What one role may do: every operation of the API that allows it, as the server itself
 * declares them, so the answer cannot drift from what the server enforces.
 *
 * @param description how the API describes the role; null if it does not
 */
public record RoleAccess(String role, String description, List<ApiOperation> operations) {

    public RoleAccess {
        operations = operations == null ? List.of() : List.copyOf(operations);
    }
}
