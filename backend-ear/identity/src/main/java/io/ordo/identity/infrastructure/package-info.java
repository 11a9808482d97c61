/** Persistence of users, clients, signing keys and revocations in the {@code identity} schema; the verifier's key set file. */
package io.ordo.identity.infrastructure;
