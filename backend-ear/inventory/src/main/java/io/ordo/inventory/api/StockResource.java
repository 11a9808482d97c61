package io.ordo.inventory.api;

import io.ordo.inventory.application.Adjustment;
import io.ordo.inventory.application.ImportRow;
import io.ordo.inventory.application.LedgerEntry;
import io.ordo.inventory.application.ProductInput;
import io.ordo.inventory.application.StockAdministration;
import io.ordo.inventory.application.StockInput;
import io.ordo.inventory.application.StockLevelView;
import io.ordo.inventory.application.StockQueries;
import io.ordo.platform.paging.Page;
import io.ordo.platform.paging.PageSize;
import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import io.ordo.platform.web.IfMatch;
import io.ordo.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Stock levels, their ledgers and adjustments by hand, for staff and admins. A level's ETag is
 * its version: an adjustment sent with If-Match is refused (412) if the level moved meanwhile.
 */
@Path("inventory/levels")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@SecurityRequirement(name = "bearer", scopes = {Roles.STAFF, Roles.ADMIN})
@Tag(name = "inventory")
public class StockResource {

    @Inject
    StockQueries queries;

    @Inject
    StockAdministration administration;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "listStockLevels", summary = "Stock levels in SKU order: on hand, reserved, available, low-stock flag",
            description = "lowOnly=true lists only the products at or below their low-stock threshold. Keyset paging.")
    public Page<StockLevelView> list(@Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("lowOnly") String lowOnly, @QueryParam("limit") String limit,
                                     @QueryParam("cursor") String cursor) {
        int size = PageSize.of(limit);
        if (cursor != null && !ProductInput.SKU.matcher(cursor).matches()) {
            throw new ProblemException(ProblemType.VALIDATION, "cursor must be the nextCursor of a previous page");
        }
        return Page.fromOverfetch(queries.levels(cursor, size + 1, flag("lowOnly", lowOnly)), size, StockLevelView::sku);
    }

    @GET
    @Path("{sku}")
    @Operation(operationId = "getStockLevel", summary = "One product's stock level; its ETag is what an adjustment's If-Match names")
    @APIResponse(responseCode = "200", description = "The level; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StockLevelView.class)),
            headers = @Header(name = HttpHeaders.ETAG, required = true, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "The level has not changed since the ETag named in If-None-Match")
    public Response get(@PathParam("sku") String sku, @Context Request request) {
        StockLevelView level = queries.level(sku).orElseThrow(() -> notFound(sku));
        EntityTag tag = etag(level);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return (unchanged != null ? unchanged : Response.ok(level)).tag(tag).build();
    }

    @POST
    @Path("{sku}/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adjustStock", summary = "Count stock in or out by hand, with a reason",
            description = "change is signed and not 0; reason is required, note optional. Refused with 409, changing nothing, "
                    + "if it would leave less on hand than is reserved, or less than none. If-Match (the level's ETag) "
                    + "is honoured: 412 if the level moved since. Recorded in the ledger and the audit log.")
    @APIResponse(responseCode = "200", description = "The movement's ledger id and the level after it, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdjustedJson.class)),
            headers = @Header(name = HttpHeaders.ETAG, required = true, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "It would leave less on hand than is reserved, or less than none")
    @APIResponse(responseCode = "412", description = "The level moved since the If-Match version was read")
    public Response adjust(@PathParam("sku") String sku,
                           @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER,
                                      description = "the level's ETag as last read; absent, any version is adjusted",
                                      schema = @Schema(type = SchemaType.STRING))
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           StockRequests.AdjustStock body) {
        if (body == null) {
            throw new ProblemException(ProblemType.VALIDATION, "Send the adjustment in the body: {\"change\": -2, \"reason\": \"...\"}.");
        }
        Map<String, String> values = new HashMap<>();
        values.put("sku", sku);
        values.put("quantity", body.change() == null ? null : body.change().toString());
        values.put("reason", body.reason());
        values.put("note", body.note());
        StockInput.Checked checked = StockInput.checkOne(new ImportRow(0, values));
        var movement = administration.adjust(new Adjustment(checked.sku(), checked.quantity(), checked.reason(), checked.note(),
                security.getUserPrincipal().getName(), IfMatch.version(ifMatch, "stock level", false)));
        StockLevelView level = queries.level(sku).orElseThrow(() -> notFound(sku));
        return Response.ok(new AdjustedJson(movement.id(), level)).tag(etag(level)).build();
    }

    @GET
    @Path("{sku}/ledger")
    @Operation(operationId = "getStockLedger", summary = "A product's ledger, newest movement first, with keyset paging")
    public Page<LedgerEntry> ledger(@PathParam("sku") String sku, @QueryParam("limit") String limit,
                                    @Parameter(description = "the nextCursor of the previous page",
                                            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,19}$"))
                                    @QueryParam("cursor") String cursor) {
        int size = PageSize.of(limit);
        Long before = null;
        if (cursor != null) {
            try {
                before = Long.parseLong(cursor);
            } catch (NumberFormatException e) {
                throw new ProblemException(ProblemType.VALIDATION, "cursor must be the nextCursor of a previous page");
            }
        }
        if (queries.level(sku).isEmpty()) {
            throw notFound(sku);
        }
        List<LedgerEntry> rows = queries.ledger(sku, before, size + 1);
        return Page.fromOverfetch(rows, size, entry -> Long.toString(entry.id()));
    }

    /** An adjustment's answer: the ledger position of the movement and the level after it. */
    public record AdjustedJson(long movementId, StockLevelView level) {
    }

    static EntityTag etag(StockLevelView level) {
        return new EntityTag(Long.toString(level.version()));
    }

    static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ProblemException(ProblemType.VALIDATION, name + " must be true or false");
        };
    }

    static ProblemException notFound(String sku) {
        return new ProblemException(ProblemType.NOT_FOUND, "There is no product "
                + (sku.length() > 64 ? sku.substring(0, 64) + "…" : sku) + ".");
    }
}
