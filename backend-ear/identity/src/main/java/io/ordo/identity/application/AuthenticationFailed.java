package io.ordo.identity.application;

/**
 * Credentials were refused. Deliberately says nothing about why (unknown account, wrong secret,
 * disabled), so a caller cannot probe which accounts exist.
 */
public class AuthenticationFailed extends Exception {

    public AuthenticationFailed() {
        super("invalid credentials");
    }
}
