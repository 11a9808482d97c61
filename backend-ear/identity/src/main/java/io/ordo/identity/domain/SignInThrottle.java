package io.ordo.identity.domain;

import java.util.Optional;

/** Where failed sign-ins are counted, per key, for every server to see. */
public interface SignInThrottle {

    /** The failures of this key as they stand, without locking (a read on every sign-in). */
    Optional<ThrottlePolicy.Failures> find(String key);

    /** The failures of this key, locked for the rest of the transaction. */
    Optional<ThrottlePolicy.Failures> lock(String key);

    void save(String key, ThrottlePolicy.Failures failures);

    void forget(String key);
}
