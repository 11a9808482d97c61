package io.ordo.inventory.api;

import io.ordo.inventory.application.ProductQueries;
import io.ordo.platform.paging.Page;
import io.ordo.platform.paging.PageSize;
import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import io.ordo.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalogue with current availability. Storefronts see what is on sale; staff see everything. */
@Path("products")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalogue")
public class ProductResource {

    private static final String SKU_PATTERN = "[A-Za-z0-9._-]{1,64}";

    @Inject
    ProductQueries queries;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Roles.STOREFRONT, Roles.STAFF, Roles.ADMIN})
    @SecurityRequirement(name = "bearer", scopes = {Roles.STOREFRONT, Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "listProducts", summary = "List products with price and availability, in SKU order")
    public Page<ProductJson> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = PageSize.of(limit);
        if (cursor != null && !cursor.matches(SKU_PATTERN)) {
            throw new ProblemException(ProblemType.VALIDATION, "cursor must be the nextCursor of a previous page");
        }
        boolean activeOnly = !security.isUserInRole(Roles.STAFF) && !security.isUserInRole(Roles.ADMIN);
        return Page.fromOverfetch(queries.page(cursor, size + 1, activeOnly), size, ProductQueries.ProductView::sku)
                .map(ProductJson::from);
    }
}
