package io.ordo.identity.api;

import io.ordo.identity.application.AccountAdministration;
import io.ordo.platform.security.Roles;
import io.ordo.platform.audit.AuditTarget;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Storefront clients (web shops' servers), managed by admins. */
@Path("admin/clients")
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer", scopes = Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminClientResource {

    @Inject
    AccountAdministration administration;

    @Inject
    AuditTarget auditTarget;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listClients", summary = "Every storefront client")
    public List<AccountJson.Client> list() {
        return administration.clients().stream().map(AccountJson.Client::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createClient", summary = "Create a storefront client; the answer holds its secret, shown once")
    @APIResponse(responseCode = "201", description = "Created; the secret is shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountJson.Secret.class)),
            headers = {@Header(name = "Location", required = true, schema = @Schema(type = SchemaType.STRING, format = "uri")),
                       @Header(name = "Cache-Control", required = true, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "The client id is taken")
    public Response create(@NotNull(message = "clientId and displayName are required") @Valid AccountJson.NewClient client) {
        auditTarget.name(client.clientId());
        var secret = administration.createClient(client.clientId(), client.displayName().strip());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(client.clientId()).build())
                .cacheControl(AdminUserResource.noStore()).entity(AccountJson.Secret.of(secret)).build();
    }

    @POST
    @Path("{clientId}/disable")
    @Operation(operationId = "disableClient", summary = "Disable a storefront client: it gets no new tokens")
    public AccountJson.Client disable(@PathParam("clientId") String clientId) {
        return AccountJson.Client.of(administration.setClientEnabled(clientId, false));
    }

    @POST
    @Path("{clientId}/enable")
    @Operation(operationId = "enableClient", summary = "Enable a disabled storefront client")
    public AccountJson.Client enable(@PathParam("clientId") String clientId) {
        return AccountJson.Client.of(administration.setClientEnabled(clientId, true));
    }

    @POST
    @Path("{clientId}/rotate-secret")
    @Operation(operationId = "rotateClientSecret", summary = "Give a storefront client a new generated secret, shown once")
    @APIResponse(responseCode = "200", description = "The new secret, shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountJson.Secret.class)),
            headers = @Header(name = "Cache-Control", required = true, schema = @Schema(type = SchemaType.STRING)))
    public Response rotateSecret(@PathParam("clientId") String clientId) {
        return Response.ok(AccountJson.Secret.of(administration.rotateSecret(clientId)))
                .cacheControl(AdminUserResource.noStore()).build();
    }
}
