package io.ordo.payments.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where payments are kept. */
public interface Payments {

    Optional<Payment> lock(UUID orderId);

    void add(Payment payment);

    /**
     * Payments whose outcome is not settled and that nobody touched since {@code before}, locked
     * with SKIP LOCKED so that several servers reconcile different payments.
     */
    List<Payment> lockUnsettled(Instant before, int limit);
}
