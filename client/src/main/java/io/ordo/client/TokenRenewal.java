package io.ordo.client;

/**
 * How the client gets a fresh token when the current one is about to expire. Client credentials
 * renew by asking again; password logins will renew with a refresh token once the API issues
 * them, and have no renewal until then (the client never keeps a person's password).
 */
@FunctionalInterface
interface TokenRenewal {

    AccessToken renew();
}
