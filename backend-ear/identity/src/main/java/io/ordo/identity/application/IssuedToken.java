package io.ordo.identity.application;

/** Tokens as the token endpoint hands them out; the refresh token is null for client credentials. */
public record IssuedToken(String accessToken, long expiresInSeconds, String refreshToken) {
}
