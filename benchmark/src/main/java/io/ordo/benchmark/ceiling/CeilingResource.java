package io.ordo.benchmark.ceiling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A small JSON document for a storefront: the least a secured JSON endpoint of this server can
 * do (token verified, role checked, a record serialised by JSON-B), with no database behind it.
 */
@Path("ping")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CeilingResource {

    /** What is answered: a few fields, like a small API document. */
    public record Pong(String service, String status, int version) {
    }

    private static final Pong PONG = new Pong("ceiling", "ok", 1);

    @GET
    @RolesAllowed("storefront")
    public Pong ping() {
        return PONG;
    }
}
