package io.ordo.benchmark.ceiling;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** Secured like Ordo's API: bearer tokens verified by the server's mpJwt configuration. */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT")
public class CeilingApplication extends Application {
}
