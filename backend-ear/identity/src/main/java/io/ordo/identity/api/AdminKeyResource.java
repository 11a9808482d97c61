package io.ordo.identity.api;

import io.ordo.identity.application.SigningKeyRing;
import io.ordo.identity.domain.SigningKey;
import io.ordo.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rotation of the token signing keys, by admins. */
@Path("admin/keys")
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer", scopes = Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminKeyResource {

    @Inject
    SigningKeyRing keyRing;

    /** The key that signs new tokens from now on. */
    public record NewKey(String kid, Instant createdAt) {
    }

    @POST
    @Path("rotate")
    @Operation(operationId = "rotateSigningKey",
            summary = "Sign new tokens with a new key; tokens signed with the previous key stay valid until they expire")
    public NewKey rotate() {
        SigningKey key = keyRing.rotate();
        return new NewKey(key.kid(), key.createdAt());
    }
}
