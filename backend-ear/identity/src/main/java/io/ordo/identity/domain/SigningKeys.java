package io.ordo.identity.domain;

import java.util.List;

/** Where token signing keys are kept. */
public interface SigningKeys {

    /** Keys whose tokens are still accepted, newest first. */
    List<SigningKey> published();

    /** Stores a new key, its private half sealed. */
    void add(SigningKey key);

    /** Opens the private half of a published key, so it can sign. */
    SigningKey withPrivateKey(SigningKey key);

    /** Seals the private half of keys stored in the clear before sealing existed; returns how many. */
    int sealThoseInTheClear();

    /** Serialises key creation across servers for the rest of the current transaction. */
    void lockForRotation();
}
