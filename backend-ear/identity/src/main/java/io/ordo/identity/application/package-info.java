/**
 * Use cases: issuing tokens for credentials, keeping the signing key ring and this server's
 * verifier key set, the revocation list every request is checked against, start-up accounts.
 */
package io.ordo.identity.application;
