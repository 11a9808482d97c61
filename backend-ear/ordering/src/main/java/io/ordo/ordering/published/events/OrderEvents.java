package io.ordo.ordering.published.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The event types ordering publishes, and their payloads. */
public final class OrderEvents {

    public static final String AGGREGATE = "Order";
    public static final String CREATED = "OrderCreated";
    public static final String VALIDATED = "OrderValidated";
    public static final String RESERVED = "OrderReserved";
    public static final String PAID = "OrderPaid";
    public static final String FAILED = "OrderFailed";
    public static final String EXPIRED = "OrderExpired";
    public static final String CANCELLED = "OrderCancelled";
    public static final String SHIPPED = "OrderShipped";

    private OrderEvents() {
    }

    /**
     * A new order entered the pipeline (also after a retry), with what it is worth: its total and
     * its lines at the prices it was placed with.
     */
    public record OrderCreated(UUID orderId, String status, String currency, BigDecimal total, List<Line> lines) {
        public record Line(String sku, String name, int quantity, BigDecimal unitPrice) {
        }
    }

    /** The order's lines passed validation; stock is to be reserved for them. */
    public record OrderValidated(UUID orderId, List<Line> lines) {
        public record Line(String sku, int quantity) {
        }
    }

    /** Stock is held; the order is to be charged this amount with this payment method. */
    public record OrderReserved(UUID orderId, BigDecimal amount, String currency, String paymentMethod) {
    }

    /** The order left the warehouse: its reserved stock is gone for good. */
    public record OrderShipped(UUID orderId, String carrier, String trackingNumber) {
    }

    /** Any other move of the order's status (paid, failed, expired, cancelled, retried). */
    public record OrderStatusChanged(UUID orderId, String from, String to, String reason) {
    }
}
