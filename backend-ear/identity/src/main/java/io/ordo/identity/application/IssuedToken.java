package io.ordo.identity.application;

/** An access token as the token endpoint hands it out. */
public record IssuedToken(String accessToken, long expiresInSeconds) {
}
