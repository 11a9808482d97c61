package io.ordo.platform.security;

/** Role names used in {@code @RolesAllowed} and in the token's {@code groups} claim. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String STAFF = "staff";
    public static final String STOREFRONT = "storefront";

    private Roles() {
    }
}
