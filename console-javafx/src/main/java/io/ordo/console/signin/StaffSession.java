package io.ordo.console.signin;

import io.ordo.client.OrdoClient;

import java.net.URI;

/** A signed-in staff member and the client that acts for them. */
public record StaffSession(URI server, String username, OrdoClient client) {
}
