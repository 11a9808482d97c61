package io.ordo.api;

import io.ordo.identity.application.RevocationList;
import io.ordo.identity.application.TokenIssuer;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses a request without a valid access token before anything else looks at it, so the
 * caller learns first that it must authenticate (401), not that its body or media type would be
 * wrong (415, 400). The token's signature, issuer, audience and lifetime were checked by mpJwt;
 * this also refuses a token revoked since it was issued (its account disabled, its sign-in
 * revoked), from the in-memory {@link RevocationList}. Refusals get the RFC 6750 challenge and a
 * problem body from {@link BearerChallenge} and {@link ProblemBodies}.
 */
@Provider
@PreMatching
@Priority(Priorities.USER + 100) // after CorrelationFilter (USER), so refusals carry a correlation id
public class AccessTokenGate implements ContainerRequestFilter {

    /** The operations open without a token, relative to the application path. */
    private static final Set<String> OPEN = Set.of("oauth/token", "oauth/revoke", "oauth/jwks");

    @Inject
    RevocationList revocations;

    @Override
    public void filter(ContainerRequestContext request) {
        if (OPEN.contains(trimSlashes(request.getUriInfo().getPath()))) {
            return;
        }
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (caller == null || caller instanceof JsonWebToken token && revoked(token)) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
        }
    }

    private boolean revoked(JsonWebToken token) {
        return revocations.refuses(token.getName(), signIn(token), Instant.ofEpochSecond(token.getIssuedAtTime()));
    }

    /** The sign-in (refresh-token family) of Ordo's tokens for people; an external provider's {@code sid} is not one. */
    private static UUID signIn(JsonWebToken token) {
        return Optional.ofNullable(token.<Object>getClaim(TokenIssuer.SIGN_IN_CLAIM))
                .map(Object::toString)
                .map(AccessTokenGate::uuidOrNull)
                .orElse(null);
    }

    private static UUID uuidOrNull(String text) {
        try {
            return UUID.fromString(text.replace("\"", ""));
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    private static String trimSlashes(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.endsWith("/") && path.length() > start ? path.length() - 1 : path.length();
        return path.substring(start, end);
    }
}
