package io.ordo.console.common;

import io.ordo.client.model.OrderStatus;

/**
 * How an order status reads at a glance: the colour family of its badge. Final and good
 * (shipped) is success, stopped by a problem (failed, expired) is danger, waiting on staff (paid,
 * ready to ship) is accent, still moving through the pipeline is warning, cancelled is muted.
 */
public enum StatusTone {
    SUCCESS, DANGER, ACCENT, WARNING, MUTED;

    public static StatusTone of(OrderStatus status) {
        return switch (status.name()) {
            case "SHIPPED" -> SUCCESS;
            case "FAILED", "EXPIRED" -> DANGER;
            case "PAID" -> ACCENT;
            case "CANCELLED" -> MUTED;
            default -> WARNING;
        };
    }

    /** The style class the badge carries (see console.css). */
    public String styleClass() {
        return "badge-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
