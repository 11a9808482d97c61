package io.ordo.inventory.api;

import io.ordo.inventory.application.ImportReport;
import io.ordo.inventory.application.ReconciliationReport;
import io.ordo.inventory.application.StockAdministration;
import io.ordo.inventory.application.StockInput;
import io.ordo.inventory.application.StockLevelView;
import io.ordo.inventory.application.StockQueries;
import io.ordo.platform.export.ExportFormat;
import io.ordo.platform.export.RecordExport;
import io.ordo.platform.paging.Page;
import io.ordo.platform.security.Roles;
import io.ordo.platform.web.BodyLimit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stock administration for admins: reconcile the levels with the ledger, import and export stock. */
@Path("admin/inventory")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer", scopes = Roles.ADMIN)
@Tag(name = "admin")
public class AdminInventoryResource {

    @Inject
    StockAdministration administration;

    @Inject
    StockQueries queries;

    @Inject
    @ConfigProperty(name = ImportBody.MAX_BYTES_PROPERTY, defaultValue = "16777216")
    long importMaxBytes;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @POST
    @Path("reconcile")
    @Operation(operationId = "reconcileStock", summary = "Check every stock level against its ledger and report the drift",
            description = "repair=true also sets drifted levels back to what the ledger adds up to (the ledger is never "
                    + "rewritten) and announces them.")
    public ReconciliationReport reconcile(@Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("repair") String repair) {
        return administration.reconcile(StockResource.flag("repair", repair), security.getUserPrincipal().getName());
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.APPLICATION_JSON})
    @BodyLimit(property = ImportBody.MAX_BYTES_PROPERTY, bytes = 16 * 1024 * 1024)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Operation(operationId = "importStock", summary = "Import stock movements (adjustments and receipts), all or nothing",
            description = "CSV with a header (sku,quantity,movement,reason,note) or a JSON array of such objects; "
                    + "movement is adjusted (signed quantity, the default) or received. Rows apply in file order, each "
                    + "seeing the ones before. dryRun=true checks every row and changes nothing. Any bad row: 422 with "
                    + "every bad row by line, nothing imported.")
    @APIResponse(responseCode = "200", description = "The dry run's or the import's report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "Rows are not valid (every one listed by line); nothing was imported",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ImportAnswers.ImportProblem.class)))
    public Response importStock(@Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("dryRun") String dryRun,
                                @RequestBody(required = true, description = "the rows: CSV with a header line, or a JSON array of objects",
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                       @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class,
                                        description = "flat objects whose members are the columns"))})
                                  InputStream body) {
        boolean dry = StockResource.flag("dryRun", dryRun);
        String actor = security.getUserPrincipal().getName();
        return ImportBody.imported(headers.getMediaType(), body, StockInput.COLUMNS, importMaxBytes,
                rows -> ImportAnswers.of(administration.importStock(rows, dry, actor)));
    }

    @GET
    @Path("export")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "exportStock", summary = "Every stock level as CSV or JSON, streamed",
            description = "format=csv|json, else the Accept header, else JSON.")
    @APIResponse(responseCode = "200", description = "Every record, as a download",
            headers = @Header(name = "Content-Disposition", required = true, schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(type = SchemaType.ARRAY, implementation = StockLevelView.class)),
                       @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response export(@Parameter(description = "csv or json; when absent, the Accept header decides, else JSON", schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "json"})) @QueryParam("format") String format) {
        ExportFormat answer = ExportFormat.requested(format, headers.getAcceptableMediaTypes());
        return new RecordExport<>(StockLevelView.class, (cursor, limit) -> Page.fromOverfetch(
                queries.levels(cursor, limit + 1, false), limit, StockLevelView::sku)).response(answer, "stock");
    }
}
