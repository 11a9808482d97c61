package io.ordo.ordering.api;

import io.ordo.ordering.application.OrderFilter;
import io.ordo.ordering.application.OrderQueries;
import io.ordo.ordering.application.OrderSummary;
import io.ordo.platform.export.ExportFormat;
import io.ordo.platform.export.RecordExport;
import io.ordo.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every order, newest first, as CSV or JSON for admins: streamed page by page, never read whole. */
@Path("admin/orders/export")
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer", scopes = Roles.ADMIN)
@Tag(name = "admin")
public class AdminOrderExportResource {

    @Inject
    OrderQueries queries;

    @Context
    HttpHeaders headers;

    /** One exported order: the amounts as plain decimal strings with their currency beside them. */
    public record OrderRow(UUID id, String status, String paymentStatus, String customerName, String total, String currency,
                           Instant createdAt, Instant updatedAt) {

        static OrderRow of(OrderSummary order) {
            return new OrderRow(order.id(), order.status(), order.paymentStatus(), order.customerName(),
                    order.total().amount(), order.total().currency(), order.createdAt(), order.updatedAt());
        }
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "exportOrders", summary = "Every order, newest first, as CSV or JSON, streamed",
            description = "format=csv|json, else the Accept header, else JSON.")
    @APIResponse(responseCode = "200", description = "Every record, as a download",
            headers = @Header(name = "Content-Disposition", required = true, schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(type = SchemaType.ARRAY, implementation = OrderRow.class)),
                       @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response export(@Parameter(description = "csv or json; when absent, the Accept header decides, else JSON", schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "json"})) @QueryParam("format") String format) {
        ExportFormat answer = ExportFormat.requested(format, headers.getAcceptableMediaTypes());
        OrderFilter all = new OrderFilter(null, null, null, null, null, null);
        return new RecordExport<>(OrderRow.class, (cursor, limit) -> queries.list(all, cursor, limit).map(OrderRow::of))
                .response(answer, "orders");
    }
}
