package io.ordo.api;

import io.ordo.platform.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlow;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlows;
import org.eclipse.microprofile.openapi.annotations.security.OAuthScope;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Ordo's REST API: every resource of every context is served under {@code /api/v1}. */
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.ADMIN, Roles.STAFF, Roles.STOREFRONT})
@OpenAPIDefinition(
        info = @Info(title = "Ordo API", version = "1",
                description = "Order management: catalogue, orders and their lifecycle. Errors are RFC 9457 "
                        + "application/problem+json. Get a token from POST /api/v1/oauth/token."),
        // OAuth2 with the two flows the token endpoint offers. The operations' requirements list
        // the roles (the token's groups) they allow, as this scheme's scopes.
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = "bearer",
                type = SecuritySchemeType.OAUTH2, description = "RS256 JWT access tokens from /api/v1/oauth/token",
                flows = @OAuthFlows(
                        clientCredentials = @OAuthFlow(tokenUrl = "/api/v1/oauth/token",
                                scopes = @OAuthScope(name = Roles.STOREFRONT, description = "a storefront (web shop server)")),
                        password = @OAuthFlow(tokenUrl = "/api/v1/oauth/token", refreshUrl = "/api/v1/oauth/token",
                                scopes = {@OAuthScope(name = Roles.STAFF, description = "staff"),
                                          @OAuthScope(name = Roles.ADMIN, description = "administrators")})))))
public class OrdoApi extends Application {
}
