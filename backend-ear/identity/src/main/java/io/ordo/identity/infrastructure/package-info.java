/** Persistence of users, clients and signing keys in the {@code identity} schema. */
package io.ordo.identity.infrastructure;
