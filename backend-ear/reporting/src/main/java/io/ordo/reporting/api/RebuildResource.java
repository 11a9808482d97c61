package io.ordo.reporting.api;

import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import io.ordo.platform.security.Roles;
import io.ordo.reporting.application.ProjectionRebuild;
import io.ordo.reporting.application.RebuildView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The rebuild of the read models from the event history, for admins. */
@Path("admin/reports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer", scopes = Roles.ADMIN)
@Tag(name = "admin")
public class RebuildResource {

    @Inject
    ProjectionRebuild rebuild;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("rebuild")
    @Operation(operationId = "rebuildReports", summary = "Rebuild every read model from the event history",
            description = "Runs in the background while the system keeps running; reports are answered from the current "
                    + "read models until the rebuilt ones take over. 202 with the rebuild to follow at Location; "
                    + "409 while another rebuild runs.")
    @APIResponse(responseCode = "202", description = "Started; follow it at Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuildView.class)),
            headers = @Header(name = "Location", required = true, schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "409", description = "Another rebuild is running")
    public Response start() {
        RebuildView started = RebuildView.of(rebuild.start(security.getUserPrincipal().getName()));
        return Response.accepted(started)
                .location(uriInfo.getBaseUriBuilder().path("admin/reports/rebuilds")
                        .path(Integer.toString(started.generation())).build())
                .build();
    }

    @GET
    @Path("rebuilds/{generation}")
    @Operation(operationId = "getReportsRebuild", summary = "Where a rebuild stands: BUILDING, LIVE when done, or FAILED")
    public RebuildView get(@PathParam("generation") String generation) {
        return rebuild.find(parseGeneration(generation)).map(RebuildView::of).orElseThrow(() -> notFound(generation));
    }

    /** Generations are positive numbers; anything else names no rebuild. */
    private static int parseGeneration(String generation) {
        try {
            int number = Integer.parseInt(generation);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // answered below like any other unknown generation
        }
        throw notFound(generation);
    }

    private static ProblemException notFound(String generation) {
        return new ProblemException(ProblemType.NOT_FOUND, "There is no rebuild of the read models " + generation + ".");
    }
}
