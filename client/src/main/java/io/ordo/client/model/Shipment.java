package io.ordo.client.model;

import java.util.Objects;

/** How a paid order left the warehouse: what staff send to ship it, and what the order shows afterwards. */
public record Shipment(String carrier, String trackingNumber) {

    public Shipment {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
    }
}
