/** Use cases: issuing tokens for credentials, keeping the signing key ring, start-up accounts. */
package io.ordo.identity.application;
