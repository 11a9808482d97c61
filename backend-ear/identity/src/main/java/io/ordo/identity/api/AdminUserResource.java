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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
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

/** Staff and admin users, managed by admins. */
@Path("admin/users")
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer", scopes = Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminUserResource {

    @Inject
    AccountAdministration administration;

    @Inject
    AuditTarget auditTarget;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listUsers", summary = "Every staff and admin user")
    public List<AccountJson.User> list() {
        return administration.users().stream().map(AccountJson.User::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Create a user; the answer holds its first password, shown once")
    @APIResponse(responseCode = "201", description = "Created; the first password is shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountJson.Secret.class)),
            headers = {@Header(name = "Location", required = true, schema = @Schema(type = SchemaType.STRING, format = "uri")),
                       @Header(name = "Cache-Control", required = true, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "The username is taken")
    public Response create(@NotNull(message = "username and roles are required") @Valid AccountJson.NewUser user) {
        auditTarget.name(user.username());
        var secret = administration.createUser(user.username(), user.roles());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(user.username()).build())
                .cacheControl(noStore()).entity(AccountJson.Secret.of(secret)).build();
    }

    @POST
    @Path("{username}/disable")
    @Operation(operationId = "disableUser", summary = "Disable a user: no new tokens, refresh tokens revoked")
    @APIResponse(responseCode = "200", description = "Disabled", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AccountJson.User.class)))
    @APIResponse(responseCode = "409", description = "An admin cannot disable themself")
    public AccountJson.User disable(@PathParam("username") String username) {
        return AccountJson.User.of(administration.setUserEnabled(username, false, security.getUserPrincipal().getName()));
    }

    @POST
    @Path("{username}/enable")
    @Operation(operationId = "enableUser", summary = "Enable a disabled user")
    public AccountJson.User enable(@PathParam("username") String username) {
        return AccountJson.User.of(administration.setUserEnabled(username, true, security.getUserPrincipal().getName()));
    }

    @POST
    @Path("{username}/reset-password")
    @Operation(operationId = "resetUserPassword", summary = "Give a user a new generated password, shown once")
    @APIResponse(responseCode = "200", description = "The new password, shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountJson.Secret.class)),
            headers = @Header(name = "Cache-Control", required = true, schema = @Schema(type = SchemaType.STRING)))
    public Response resetPassword(@PathParam("username") String username) {
        return Response.ok(AccountJson.Secret.of(administration.resetPassword(username))).cacheControl(noStore()).build();
    }

    static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}
