/** Users, storefront clients, signing keys, token revocations and the password hashing they rely on. */
package io.ordo.identity.domain;
