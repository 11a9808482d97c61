package io.ordo.ordering.api;

import io.ordo.ordering.application.Caller;
import io.ordo.ordering.application.OrderCommands;
import io.ordo.ordering.application.OrderFilter;
import io.ordo.ordering.application.OrderIdPrefix;
import io.ordo.ordering.application.OrderPlacement;
import io.ordo.ordering.application.OrderQueries;
import io.ordo.ordering.application.OrderSummary;
import io.ordo.ordering.application.OrderView;
import io.ordo.ordering.domain.OrderStatus;
import io.ordo.ordering.domain.Shipment;
import io.ordo.platform.paging.Page;
import io.ordo.platform.paging.PageSize;
import io.ordo.platform.problem.Problem;
import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import io.ordo.platform.security.Roles;
import io.ordo.platform.web.IfMatch;
import io.ordo.platform.web.TimeLimits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
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

/** Orders over HTTP: translates requests into application calls and their results into JSON. */
@Path("orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "orders")
public class OrderResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;
    private static final int MAX_TEXT_FILTER = 100;

    @Inject
    OrderPlacement placement;

    @Inject
    OrderQueries queries;

    @Inject
    OrderCommands commands;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STOREFRONT)
    @SecurityRequirement(name = "bearer", scopes = Roles.STOREFRONT)
    @Operation(operationId = "placeOrder", summary = "Place an order",
            description = "Prices come from the catalogue. The Idempotency-Key header is required: the same key "
                    + "and body replay the first answer; the same key with another body is 422.")
    @APIResponse(responseCode = "201", description = "Placed, or the replay of the first answer to this Idempotency-Key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderView.class)),
            headers = {@Header(name = HttpHeaders.LOCATION, required = true, schema = @Schema(type = SchemaType.STRING, format = "uri")),
                       @Header(name = HttpHeaders.ETAG, required = true, schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "Idempotent-Replayed", description = "true when this answer replays an earlier one",
                               schema = @Schema(type = SchemaType.STRING, enumeration = "true"))})
    @APIResponse(responseCode = "400", description = "The body is not valid, or the Idempotency-Key header is missing or malformed")
    @APIResponse(responseCode = "409", description = "The first request with this Idempotency-Key is still being processed")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another body, or the order cannot be "
            + "placed as sent (unknown or unsellable product, another currency than the catalogue's)")
    public Response place(@Parameter(name = IDEMPOTENCY_KEY, in = ParameterIn.HEADER, required = true,
                                     description = "a unique key per new order (e.g. a UUID), the same when it is retried",
                                     schema = @Schema(type = SchemaType.STRING, pattern = "^[\\x21-\\x7e]{1,255}$"))
                          @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                          @NotNull(message = "the order is required in the body") @Valid PlaceOrderRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new ProblemException(ProblemType.MISSING_IDEMPOTENCY_KEY,
                    "Send a unique Idempotency-Key header (e.g. a UUID) with every new order, and the same key when you retry it.");
        }
        if (idempotencyKey.length() > MAX_KEY_LENGTH || !idempotencyKey.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new ProblemException(ProblemType.VALIDATION,
                    "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters.");
        }
        OrderPlacement.Placed placed = placement.place(caller().name(), idempotencyKey, request.toCommand());
        OrderView view = placed.order();
        Response.ResponseBuilder answer = Response
                .created(uriInfo.getBaseUriBuilder().path("orders").path(view.id().toString()).build())
                .tag(etag(view))
                .entity(view);
        if (placed.replayed()) {
            answer.header("Idempotent-Replayed", "true");
        }
        return answer.build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.STOREFRONT, Roles.STAFF, Roles.ADMIN})
    @SecurityRequirement(name = "bearer", scopes = {Roles.STOREFRONT, Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "getOrder", summary = "Read one order with its lines, totals, history and the actions possible now")
    @APIResponse(responseCode = "200", description = "The order; its ETag is what a command's If-Match names",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderView.class)),
            headers = @Header(name = HttpHeaders.ETAG, required = true, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "The order has not changed since the ETag named in If-None-Match")
    public Response get(@PathParam("id") String id, @Context Request request) {
        OrderView view = queries.byId(orderId(id), caller().ownerScope()).orElseThrow(() -> notFound(id));
        EntityTag tag = etag(view);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return (unchanged != null ? unchanged : Response.ok(view)).tag(tag).build();
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STOREFRONT, Roles.STAFF, Roles.ADMIN})
    @SecurityRequirement(name = "bearer", scopes = {Roles.STOREFRONT, Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "cancelOrder", summary = "Cancel an order",
            description = "Storefronts cancel their own orders before payment; staff also cancel paid orders, which "
                    + "refunds them. Stock is released. If-Match (the order's ETag) is required for staff.")
    @APIResponse(responseCode = "200", description = "The order after the command; its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderView.class)),
            headers = @Header(name = HttpHeaders.ETAG, required = true, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "Not possible in the order's current state")
    @APIResponse(responseCode = "412", description = "The order changed since the If-Match version was read")
    @APIResponse(responseCode = "428", description = "If-Match is required of staff and admins")
    public Response cancel(@PathParam("id") String id,
                           @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = false,
                                      description = "the order's ETag as last read",
                                      schema = @Schema(type = SchemaType.STRING))
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid CommandRequests.Reason body) {
        Caller caller = caller();
        commands.cancel(orderId(id), caller, expectedVersion(ifMatch, caller), body == null ? null : body.reason());
        return current(id);
    }

    @POST
    @Path("{id}/retry")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @SecurityRequirement(name = "bearer", scopes = {Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "retryOrder", summary = "Send a FAILED or EXPIRED order through the pipeline again",
            description = "A payment already captured is reused, never captured twice. If-Match is required.")
    @APIResponse(responseCode = "200", description = "The order after the command; its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderView.class)),
            headers = @Header(name = HttpHeaders.ETAG, required = true, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "Not possible in the order's current state")
    @APIResponse(responseCode = "412", description = "The order changed since the If-Match version was read")
    @APIResponse(responseCode = "428", description = "If-Match is required of staff and admins")
    public Response retry(@PathParam("id") String id,
                           @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true,
                                      description = "the order's ETag as last read",
                                      schema = @Schema(type = SchemaType.STRING))
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid CommandRequests.Reason body) {
        Caller caller = caller();
        commands.retry(orderId(id), caller, expectedVersion(ifMatch, caller), body == null ? null : body.reason());
        return current(id);
    }

    @POST
    @Path("{id}/ship")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @SecurityRequirement(name = "bearer", scopes = {Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "shipOrder", summary = "Ship a PAID order with carrier and tracking number",
            description = "The reserved stock leaves the warehouse. If-Match is required.")
    @APIResponse(responseCode = "200", description = "The order after the command; its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderView.class)),
            headers = @Header(name = HttpHeaders.ETAG, required = true, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "Not possible in the order's current state")
    @APIResponse(responseCode = "412", description = "The order changed since the If-Match version was read")
    @APIResponse(responseCode = "428", description = "If-Match is required of staff and admins")
    public Response ship(@PathParam("id") String id,
                           @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true,
                                      description = "the order's ETag as last read",
                                      schema = @Schema(type = SchemaType.STRING))
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @NotNull(message = "carrier and trackingNumber are required in the body") @Valid CommandRequests.Ship body) {
        Caller caller = caller();
        commands.ship(orderId(id), caller, expectedVersion(ifMatch, caller),
                new Shipment(body.carrier().strip(), body.trackingNumber().strip()));
        return current(id);
    }

    @GET
    @Path("lifecycle")
    @RolesAllowed({Roles.STOREFRONT, Roles.STAFF, Roles.ADMIN})
    @SecurityRequirement(name = "bearer", scopes = {Roles.STOREFRONT, Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "getOrderLifecycle", summary = "The order state machine: every state and legal transition")
    public LifecycleJson lifecycle() {
        return LifecycleJson.of();
    }

    @GET
    @RolesAllowed({Roles.STOREFRONT, Roles.STAFF, Roles.ADMIN})
    @SecurityRequirement(name = "bearer", scopes = {Roles.STOREFRONT, Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "listOrders", summary = "List orders, newest first, with keyset pagination")
    public Page<OrderSummary> list(@Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"CREATED",
                                           "VALIDATED", "RESERVED", "PAID", "SHIPPED", "CANCELLED", "FAILED", "EXPIRED"}))
                                   @QueryParam("status") String status,
                                   @Parameter(description = "the customer's exact email address, case-insensitive")
                                   @QueryParam("customer") String customerEmail,
                                   @Parameter(description = "orders created at or after this instant",
                                           schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                                   @QueryParam("from") String from,
                                   @Parameter(description = "orders created before this instant",
                                           schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                                   @QueryParam("to") String to,
                                   @Parameter(description = "whole words of the customer's name or email, every one"
                                           + " of them; parts of words do not match (personal data is encrypted)",
                                           schema = @Schema(type = SchemaType.STRING, maxLength = MAX_TEXT_FILTER))
                                   @QueryParam("q") String text,
                                   @Parameter(description = "the first characters of the order's id, e.g. the 8"
                                           + " the console shows; ask for limit=2 to learn whether it is unique")
                                   @QueryParam("idPrefix") String idPrefix,
                                   @QueryParam("cursor") String cursor,
                                   @QueryParam("limit") String limit) {
        if (text != null && text.length() > MAX_TEXT_FILTER) {
            throw new ProblemException(ProblemType.VALIDATION, "q must be at most " + MAX_TEXT_FILTER + " characters");
        }
        OrderFilter filter = new OrderFilter(caller().ownerScope(), parseStatus(status), blankToNull(customerEmail),
                parseInstant("from", from), parseInstant("to", to), blankToNull(text), parseIdPrefix(idPrefix));
        return queries.list(filter, blankToNull(cursor), PageSize.of(limit));
    }

    private Caller caller() {
        Set<String> roles = new HashSet<>();
        for (String role : List.of(Roles.ADMIN, Roles.STAFF, Roles.STOREFRONT)) {
            if (security.isUserInRole(role)) {
                roles.add(role);
            }
        }
        return new Caller(security.getUserPrincipal().getName(), Set.copyOf(roles));
    }

    private Response current(String id) {
        OrderView view = queries.byId(orderId(id), null).orElseThrow(() -> notFound(id));
        return Response.ok(view).tag(etag(view)).build();
    }

    private static EntityTag etag(OrderView view) {
        return new EntityTag(Long.toString(view.version()));
    }

    /**
     * The version the caller last saw, from If-Match. Staff and admins must name one (their tools
     * always have the ETag); storefronts may, since a stale cancel is refused by the state anyway.
     */
    private static OptionalLong expectedVersion(String ifMatch, Caller caller) {
        return IfMatch.version(ifMatch, "order", caller.isStaff());
    }

    private static UUID orderId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "There is no order " + id + " for you.");
    }

    private static OrderIdPrefix parseIdPrefix(String idPrefix) {
        if (idPrefix == null || idPrefix.isBlank()) {
            return null;
        }
        try {
            return new OrderIdPrefix(idPrefix.strip());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.VALIDATION, "idPrefix: " + e.getMessage());
        }
    }

    private static OrderStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.VALIDATION,
                    "status must be one of " + java.util.Arrays.toString(OrderStatus.values()));
        }
    }

    private static Instant parseInstant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant instant = Instant.parse(value.trim());
            if (TimeLimits.covers(instant)) {
                return instant;
            }
        } catch (DateTimeParseException e) {
            // answered below like an instant out of range
        }
        throw new ProblemException(Problem.invalid(List.of(new Problem.FieldError(name,
                "must be an ISO-8601 instant " + TimeLimits.RANGE + " such as 2026-01-31T00:00:00Z"))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
