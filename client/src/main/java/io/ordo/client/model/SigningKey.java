package io.ordo.client.model;

import java.time.Instant;

/**
 * The key that signs new tokens after a rotation; tokens signed with the previous one stay
 * valid until they expire.
 *
 * @param kid the key's id in the JWKS and in tokens' headers
 */
public record SigningKey(String kid, Instant createdAt) {
}
