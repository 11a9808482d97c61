package io.ordo.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * The RFC 6750 challenge on every 401 of a protected resource: a request that came without a
 * token is told to bring one; a request whose token was refused (expired, forged, for another
 * audience...) is told {@code error="invalid_token"}, so a client knows to get a new token
 * rather than retry. The token endpoint answers with OAuth errors of its own and is left alone.
 */
@Provider
public class BearerChallenge implements ContainerResponseFilter {

    private static final String REALM = "Bearer realm=\"ordo\"";
    private static final String TOKEN_ENDPOINT = "oauth/token";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 401 || request.getUriInfo().getPath().endsWith(TOKEN_ENDPOINT)) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean sentToken = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, sentToken
                ? REALM + ", error=\"invalid_token\", error_description=\"The access token is invalid or has expired\""
                : REALM);
    }
}
