/** Users, storefront clients, signing keys and the password hashing they rely on. */
package io.ordo.identity.domain;
