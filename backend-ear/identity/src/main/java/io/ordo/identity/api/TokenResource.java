package io.ordo.identity.api;

import io.ordo.identity.application.AuthenticationFailed;
import io.ordo.identity.application.IssuedToken;
import io.ordo.identity.application.SignInThrottled;
import io.ordo.identity.application.TokenIssuer;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
 * The OAuth2 token endpoint (RFC 6749): client credentials for storefronts, password and
 * refresh_token for staff. Its errors use the OAuth2 format, which every OAuth client library
 * understands; repeated failures are answered 429 with Retry-After.
 */
@Path("oauth/token")
@ApplicationScoped
@PermitAll
@SecurityRequirementsSet
@Tag(name = "oauth")
public class TokenResource {

    private static final int MAX_FIELD_LENGTH = 256;

    @Inject
    TokenIssuer issuer;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueToken", summary = "Exchange credentials for an access token",
            description = "grant_type=client_credentials (client_id, client_secret, or HTTP Basic), "
                    + "grant_type=password (username, password) or grant_type=refresh_token (refresh_token).")
    @APIResponse(responseCode = "200", description = "The access token, and for staff and admins a rotating refresh token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)),
            headers = @Header(name = HttpHeaders.CACHE_CONTROL, required = true, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "invalid_request, unsupported_grant_type or invalid_grant (RFC 6749 5.2); "
            + "a form that cannot be read at all is a problem",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OAuthError.class)),
                       @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem"))})
    @APIResponse(responseCode = "401", description = "invalid_client: the client credentials were refused",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OAuthError.class)),
            headers = @Header(name = HttpHeaders.WWW_AUTHENTICATE, description = "when the credentials came as HTTP Basic",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "415", description = "invalid_request: the parameters did not come as a form",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OAuthError.class)))
    @APIResponse(responseCode = "429", description = "slow_down: too many failed sign-ins for this account or address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OAuthError.class)),
            headers = @Header(name = HttpHeaders.RETRY_AFTER, required = true, description = "seconds to wait",
                    schema = @Schema(type = SchemaType.INTEGER)))
    public Response token(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                                  schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "grant_type", properties = {
                                      @SchemaProperty(name = "grant_type", type = SchemaType.STRING,
                                              enumeration = {"client_credentials", "password", "refresh_token"}),
                                      @SchemaProperty(name = "client_id", type = SchemaType.STRING, maxLength = MAX_FIELD_LENGTH),
                                      @SchemaProperty(name = "client_secret", type = SchemaType.STRING, maxLength = MAX_FIELD_LENGTH),
                                      @SchemaProperty(name = "username", type = SchemaType.STRING, maxLength = MAX_FIELD_LENGTH),
                                      @SchemaProperty(name = "password", type = SchemaType.STRING, maxLength = MAX_FIELD_LENGTH),
                                      @SchemaProperty(name = "refresh_token", type = SchemaType.STRING, maxLength = MAX_FIELD_LENGTH)})))
                          MultivaluedMap<String, String> form,
                          @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        try {
            String grantType = single(form, "grant_type");
            if (grantType == null) {
                return error(400, "invalid_request", "grant_type is required");
            }
            return switch (grantType) {
                case "client_credentials" -> clientCredentials(form, authorization);
                case "password" -> password(form);
                case "refresh_token" -> refresh(form);
                default -> error(400, "unsupported_grant_type",
                        "grant_type must be client_credentials, password or refresh_token");
            };
        } catch (IllegalArgumentException malformed) {
            return error(400, "invalid_request", malformed.getMessage());
        } catch (SignInThrottled throttled) {
            return noStore(Response.status(429).type(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.RETRY_AFTER, throttled.retryAfter().toSeconds())
                    .entity(new OAuthError("slow_down", "too many failed sign-ins; try again in "
                            + throttled.retryAfter().toSeconds() + " seconds"))).build();
        }
    }

    /**
     * Any other body (JSON, none at all): OAuth clients get an OAuth error that names the media
     * type the endpoint takes, rather than the API's generic advice to send JSON.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response notAForm() {
        return error(415, "invalid_request",
                "the token endpoint takes its parameters as an application/x-www-form-urlencoded body (RFC 6749)");
    }

    private Response refresh(MultivaluedMap<String, String> form) {
        String token = single(form, "refresh_token");
        if (token == null) {
            return error(400, "invalid_request", "refresh_token is required");
        }
        try {
            return granted(issuer.refresh(token));
        } catch (AuthenticationFailed refused) {
            return error(400, "invalid_grant", "the refresh token is invalid, expired or was already used; sign in again");
        }
    }

    private Response clientCredentials(MultivaluedMap<String, String> form, String authorization) throws SignInThrottled {
        String[] basic = basicCredentials(authorization);
        String clientId = basic != null ? basic[0] : single(form, "client_id");
        String secret = basic != null ? basic[1] : single(form, "client_secret");
        if (clientId == null || secret == null) {
            return error(400, "invalid_request", "client_id and client_secret are required");
        }
        try {
            return granted(issuer.forClient(clientId, secret.toCharArray(), request.getRemoteAddr()));
        } catch (AuthenticationFailed refused) {
            Response.ResponseBuilder answer = Response.status(401).type(MediaType.APPLICATION_JSON)
                    .entity(new OAuthError("invalid_client", "client authentication failed"));
            if (basic != null) {
                answer.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ordo\"");
            }
            return noStore(answer).build();
        }
    }

    private Response password(MultivaluedMap<String, String> form) throws SignInThrottled {
        String username = single(form, "username");
        String password = single(form, "password");
        if (username == null || password == null) {
            return error(400, "invalid_request", "username and password are required");
        }
        try {
            return granted(issuer.forUser(username, password.toCharArray(), request.getRemoteAddr()));
        } catch (AuthenticationFailed refused) {
            return error(400, "invalid_grant", "wrong username or password");
        }
    }

    /** One non-blank value of bounded length, or null if absent; repeated parameters are refused. */
    private static String single(MultivaluedMap<String, String> form, String name) {
        var values = form == null ? null : form.get(name);
        if (values != null && values.size() > 1) {
            throw new IllegalArgumentException(name + " must be sent once");
        }
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        if (values.get(0).length() > MAX_FIELD_LENGTH) {
            throw new IllegalArgumentException(name + " is longer than " + MAX_FIELD_LENGTH + " characters");
        }
        return values.get(0);
    }

    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the Basic authorization header is not valid base64");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("the Basic authorization header must be client_id:client_secret");
        }
        return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private static Response granted(IssuedToken token) {
        return noStore(Response.ok(new TokenResponse(token.accessToken(), "Bearer", token.expiresInSeconds(),
                        token.refreshToken()))
                .type(MediaType.APPLICATION_JSON)).build();
    }

    private static Response error(int status, String code, String description) {
        return noStore(Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new OAuthError(code, description))).build();
    }

    private static Response.ResponseBuilder noStore(Response.ResponseBuilder answer) {
        return answer.header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache");
    }

    public record TokenResponse(@JsonbProperty("access_token") String accessToken,
                                @JsonbProperty("token_type") String tokenType,
                                @JsonbProperty("expires_in") long expiresIn,
                                @JsonbProperty("refresh_token") String refreshToken) {
    }

    public record OAuthError(@JsonbProperty("error") String error,
                             @JsonbProperty("error_description") String description) {
    }
}
