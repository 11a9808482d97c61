package io.ordo.ordering.domain;

import java.util.Objects;

/** How a shipped order travels: the carrier and its tracking number. */
public record Shipment(String carrier, String trackingNumber) {

    public Shipment {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        if (carrier.isBlank() || trackingNumber.isBlank()) {
            throw new IllegalArgumentException("a shipment needs a carrier and a tracking number");
        }
    }
}
