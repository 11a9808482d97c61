package io.ordo.platform.deadletter.api;

import io.ordo.platform.deadletter.DeadLetterStatus;
import io.ordo.platform.deadletter.application.DeadLetterQueries;
import io.ordo.platform.deadletter.application.DeadLetterResolution;
import io.ordo.platform.deadletter.application.DeadLetterSummary;
import io.ordo.platform.deadletter.application.DeadLetterView;
import io.ordo.platform.paging.Page;
import io.ordo.platform.paging.PageSize;
import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import io.ordo.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Dead letters over HTTP, for admins only: translates requests into application calls. */
@Path("admin/dead-letters")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer", scopes = Roles.ADMIN)
@Tag(name = "admin")
public class DeadLetterResource {

    private static final int MAX_CONSUMER_FILTER = 50;

    @Inject
    DeadLetterQueries queries;

    @Inject
    DeadLetterResolution resolution;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "listDeadLetters", summary = "List dead letters, newest first, with keyset pagination",
            description = "Messages a consumer kept failing on. Filter by status (PARKED, REPLAYED, DISCARDED) and consumer.")
    public Page<DeadLetterSummary> list(@Parameter(schema = @Schema(type = SchemaType.STRING,
                                                enumeration = {"PARKED", "REPLAYED", "DISCARDED"}))
                                        @QueryParam("status") String status,
                                        @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CONSUMER_FILTER))
                                        @QueryParam("consumer") String consumer,
                                        @QueryParam("cursor") String cursor,
                                        @QueryParam("limit") String limit) {
        String consumerFilter = blankToNull(consumer);
        if (consumerFilter != null && consumerFilter.length() > MAX_CONSUMER_FILTER) {
            throw new ProblemException(ProblemType.VALIDATION, "consumer must be at most " + MAX_CONSUMER_FILTER + " characters");
        }
        return queries.list(parseStatus(status), consumerFilter, blankToNull(cursor), PageSize.of(limit));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDeadLetter", summary = "Read one dead letter with its full message and last error")
    public DeadLetterView get(@PathParam("id") String id) {
        return queries.byId(parseId(id)).orElseThrow(() -> notFound(id));
    }

    @POST
    @Path("{id}/replay")
    @Operation(operationId = "replayDeadLetter", summary = "Apply a parked message again through its consumer",
            description = "In one transaction with the consumer's inbox, so an event applied meanwhile is not applied "
                    + "twice. Marks it REPLAYED; if it fails again, 409 with the new error and it stays PARKED.")
    @APIResponse(responseCode = "200", description = "Replayed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadLetterView.class)))
    @APIResponse(responseCode = "409", description = "Not parked, or it failed again (the new error is in the answer); it stays parked")
    public DeadLetterView replay(@PathParam("id") String id) {
        return resolution.replay(parseId(id), admin());
    }

    @POST
    @Path("{id}/discard")
    @Operation(operationId = "discardDeadLetter", summary = "Give up on a parked message; it stays on record as DISCARDED")
    @APIResponse(responseCode = "200", description = "Discarded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadLetterView.class)))
    @APIResponse(responseCode = "409", description = "Not parked")
    public DeadLetterView discard(@PathParam("id") String id) {
        return resolution.discard(parseId(id), admin());
    }

    private String admin() {
        return security.getUserPrincipal().getName();
    }

    /** Ids are positive numbers; anything else names no dead letter. */
    private static long parseId(String id) {
        try {
            long parsed = Long.parseLong(id);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // answered below like any other unknown id
        }
        throw notFound(id);
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "There is no dead letter " + id + ".");
    }

    private static DeadLetterStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DeadLetterStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.VALIDATION,
                    "status must be one of " + Arrays.toString(DeadLetterStatus.values()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
