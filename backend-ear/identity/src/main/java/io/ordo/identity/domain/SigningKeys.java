package io.ordo.identity.domain;

import java.util.List;

/** Where token signing keys are kept. */
public interface SigningKeys {

    /** Keys whose tokens are still accepted, newest first. */
    List<SigningKey> published();

    void add(SigningKey key);

    /** Serialises key creation across servers for the rest of the current transaction. */
    void lockForRotation();
}
