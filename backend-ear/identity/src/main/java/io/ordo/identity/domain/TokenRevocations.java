package io.ordo.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where revocations are kept, for every server to read. */
public interface TokenRevocations {

    void add(TokenRevocation revocation);

    /** The revocations made after {@code since}: older ones only concern tokens that have expired. */
    List<TokenRevocation> since(Instant since);

    /** When the subject's tokens were last revoked, if they were. */
    Optional<Instant> latestOf(String subject);

    /** Drops revocations made before {@code before}; returns how many. */
    int forgetBefore(Instant before);
}
