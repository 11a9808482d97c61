/** The OAuth2 token endpoint and the public key set that verifies the tokens. */
package io.ordo.identity.api;
