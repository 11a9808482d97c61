package io.ordo.client;

/**
 * How the client gets a fresh token when the current one is about to expire. Client credentials
 * renew by asking again; password logins renew with the refresh token the server issued
 * ({@link RefreshingRenewal}), since the client never keeps a person's password.
 */
@FunctionalInterface
interface TokenRenewal {

    AccessToken renew();
}
