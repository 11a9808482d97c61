package io.ordo.identity.domain;

/** Where this server's token verifier reads the public keys it trusts. */
public interface VerifierKeySet {

    /** Makes this JWKS document the one the verifier reads from now on. */
    void publish(String keySetJson);
}
