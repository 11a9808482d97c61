package io.ordo.api;

import io.ordo.platform.audit.AuditLog;
import io.ordo.platform.audit.AuditTarget;
import io.ordo.platform.events.Correlation;
import io.ordo.platform.security.Roles;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Records every change a staff member or admin asks for (any method but GET, HEAD, OPTIONS), with
 * its outcome, after the answer is decided: the action is named by the resource method (e.g.
 * {@code OrderResource.cancel}), the target by the path's id or, when the path has none, by what
 * the application named ({@link AuditTarget}).
 */
@Provider
public class AuditTrail implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<String> AUDITED_ROLES = List.of(Roles.ADMIN, Roles.STAFF);

    @Inject
    AuditLog log;

    @Inject
    AuditTarget named;

    @Context
    ResourceInfo resource;

    /** Read from the request: response filters run in no set order, the thread's may be gone. */
    private static String correlationId(ContainerRequestContext request) {
        Object id = request.getProperty(CorrelationFilter.HEADER);
        return id != null ? id.toString() : Correlation.current();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        SecurityContext security = request.getSecurityContext();
        if (READS.contains(request.getMethod()) || security == null || security.getUserPrincipal() == null) {
            return;
        }
        String roles = AUDITED_ROLES.stream().filter(security::isUserInRole).collect(Collectors.joining(","));
        if (roles.isEmpty()) {
            return;
        }
        String action = resource.getResourceMethod() == null ? request.getMethod()
                : resource.getResourceClass().getSimpleName() + "." + resource.getResourceMethod().getName();
        var pathParameters = request.getUriInfo().getPathParameters();
        String target = pathParameters.values().stream().flatMap(List::stream).findFirst()
                .or(named::name).orElse(null);
        try {
            log.record(security.getUserPrincipal().getName(), roles, action, target, request.getMethod(),
                    request.getUriInfo().getPath(), response.getStatus(), correlationId(request));
        } catch (RuntimeException e) {
            // The action already happened; losing its audit line is logged loudly, never hidden.
            LOG.log(Level.SEVERE, "Could not write the audit entry for " + action + " by "
                    + security.getUserPrincipal().getName(), e);
        }
    }
}
