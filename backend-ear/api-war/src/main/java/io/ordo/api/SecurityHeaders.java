package io.ordo.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers every API answer carries. {@code Cache-Control: no-store}: an answer is for its caller
 * alone and most carry personal data (orders, customers, exports, accounts, tokens), so no cache
 * on the way may keep one; an operation that sets its own Cache-Control keeps it.
 * {@code Strict-Transport-Security} on answers over HTTPS: browsers then never use plain HTTP for
 * this host (a load balancer that terminates TLS sends its own). {@code X-Content-Type-Options:
 * nosniff} is set for every response of the server, Liberty's own included, in server.xml.
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {

    static final String HSTS = "max-age=31536000";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        // Not from the request URI: one with a broken percent-escape cannot be parsed as a URI.
        if (request.getSecurityContext().isSecure()) {
            response.getHeaders().putSingle("Strict-Transport-Security", HSTS);
        }
    }
}
