package io.ordo.platform.audit.api;

import io.ordo.platform.audit.AuditEntry;
import io.ordo.platform.audit.AuditLog;
import io.ordo.platform.paging.Page;
import io.ordo.platform.paging.PageSize;
import io.ordo.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log, for admins. */
@Path("admin/audit")
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer", scopes = Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AuditResource {

    @Inject
    AuditLog log;

    @GET
    @Operation(operationId = "listAuditEntries", summary = "What staff and admins did, newest first")
    public Page<AuditEntry> list(@QueryParam("actor") String actor, @QueryParam("cursor") String cursor,
                                 @QueryParam("limit") String limit) {
        return log.page(actor == null || actor.isBlank() ? null : actor.trim(), cursor, PageSize.of(limit));
    }
}
