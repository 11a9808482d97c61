package io.ordo.api;

import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Writes the open operations (token endpoint, key set) as {@code security: []}, the OpenAPI form
 * for "no authentication", where the annotations can only produce an empty requirement.
 */
public class OpenOperationsFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        var security = operation.getSecurity();
        if (security != null && !security.isEmpty()
                && security.stream().allMatch(requirement -> requirement.getSchemes() == null || requirement.getSchemes().isEmpty())) {
            operation.setSecurity(new ArrayList<>());
        }
        return operation;
    }
}
