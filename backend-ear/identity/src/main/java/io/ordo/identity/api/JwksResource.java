package io.ordo.identity.api;

import io.ordo.identity.application.SigningKeyRing;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public keys that verify Ordo's access tokens (JWKS, RFC 7517). */
@Path("oauth/jwks")
@ApplicationScoped
@PermitAll
@SecurityRequirementsSet
@Tag(name = "oauth")
public class JwksResource {

    @Inject
    SigningKeyRing keyRing;

    @GET
    @Produces("application/jwk-set+json")
    @Operation(operationId = "getSigningKeys", summary = "The public keys of the token signing key ring")
    @APIResponse(responseCode = "200", description = "The JSON Web Key Set (RFC 7517)",
            content = @Content(mediaType = "application/jwk-set+json", schema = @Schema(type = SchemaType.OBJECT,
                    requiredProperties = "keys")),
            headers = @Header(name = "Cache-Control", schema = @Schema(type = SchemaType.STRING)))
    public Response keys() {
        return Response.ok(keyRing.publicKeySet()).header("Cache-Control", "max-age=300").build();
    }
}
