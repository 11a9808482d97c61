package io.ordo.identity.api;

import io.ordo.identity.application.TokenIssuer;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Token revocation (RFC 7009): signing out of a staff session revokes its refresh token, and with
 * it the family it was rotated in. Holding the token is the proof: the same as exchanging it.
 * Access tokens are not revocable (they are short-lived and checked without a lookup); naming one
 * is answered 200 and changes nothing, as the RFC asks for tokens the server cannot revoke.
 */
@Path("oauth/revoke")
@ApplicationScoped
@PermitAll
@SecurityRequirementsSet
@Tag(name = "oauth")
public class TokenRevocationResource {

    private static final int MAX_TOKEN_LENGTH = 256;

    @Inject
    TokenIssuer issuer;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "revokeToken", summary = "Revoke a refresh token and the session it belongs to",
            description = "token (a refresh token); token_type_hint is accepted and not needed. "
                    + "200 whether or not the token was known, as RFC 7009 says.")
    @APIResponse(responseCode = "200", description = "Revoked, or nothing to revoke",
            headers = @Header(name = HttpHeaders.CACHE_CONTROL, required = true, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "invalid_request: no token, several, or one too long (RFC 7009 2.2.1)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResource.OAuthError.class)),
                       @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem"))})
    public Response revoke(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                                   schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "token", properties = {
                                       @SchemaProperty(name = "token", type = SchemaType.STRING, maxLength = MAX_TOKEN_LENGTH),
                                       @SchemaProperty(name = "token_type_hint", type = SchemaType.STRING)})))
                           MultivaluedMap<String, String> form) {
        Optional<String> repeated = form == null ? Optional.empty()
                : form.entrySet().stream().filter(field -> field.getValue().size() > 1).map(Map.Entry::getKey).findFirst();
        if (repeated.isPresent()) {
            return invalidRequest(repeated.get() + " must be sent once");
        }
        List<String> tokens = form == null ? null : form.get("token");
        if (tokens == null || tokens.get(0).isBlank() || tokens.get(0).length() > MAX_TOKEN_LENGTH) {
            return invalidRequest("token is required, once, at most " + MAX_TOKEN_LENGTH + " characters");
        }
        issuer.revoke(tokens.get(0));
        return Response.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private static Response invalidRequest(String description) {
        return Response.status(400).type(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(new TokenResource.OAuthError("invalid_request", description))
                .build();
    }
}
