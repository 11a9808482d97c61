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

    /**
     * The theme colour of a chart's area of this tone: the badge's colour family, stronger, so a
     * slice reads as an area (an inline style, which the chart's own colour classes do not undo).
     */
    public String areaStyle() {
        String family = this == MUTED ? "neutral" : name().toLowerCase(java.util.Locale.ROOT);
        return "-fx-pie-color: -color-" + family + "-emphasis;";
    }
}
