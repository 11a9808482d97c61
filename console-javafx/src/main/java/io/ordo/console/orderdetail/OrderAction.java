package io.ordo.console.orderdetail;

import io.ordo.client.model.Order;
import io.ordo.client.model.OrderStatus;
import io.ordo.console.common.Formats;

/** The changes staff make to an order, named as the API's actions ({@link Order#allows(String)}). */
public enum OrderAction {
    CANCEL("cancel", "Cancel order", "cancel the order", "cancelled"),
    RETRY("retry", "Retry", "retry the order", "retried"),
    SHIP("ship", "Ship", "ship the order", "shipped");

    private final String apiName;
    private final String label;
    private final String inWords;
    private final String pastParticiple;

    OrderAction(String apiName, String label, String inWords, String pastParticiple) {
        this.apiName = apiName;
        this.label = label;
        this.inWords = inWords;
        this.pastParticiple = pastParticiple;
    }

    /** The action's name in the order's {@code actions}. */
    public String apiName() {
        return apiName;
    }

    /** The button's text. */
    public String label() {
        return label;
    }

    /** How a sentence names it: "Could not cancel the order: ...". */
    public String inWords() {
        return inWords;
    }

    /** How "it can no longer be ..." ends: {@code cancelled}. */
    public String pastParticiple() {
        return pastParticiple;
    }

    /** What the confirmation asks, with what will happen, for the order as it is now. */
    public String question(Order order) {
        String number = Formats.shortId(order.id());
        return switch (this) {
            case CANCEL -> "Cancel order " + number + "? " + (OrderStatus.PAID.equals(order.status())
                    ? "It is paid: the payment is refunded and the stock returned."
                    : "Its stock is released and no payment is taken.");
            case RETRY -> "Retry order " + number + "? It goes through validation, stock and payment again; "
                    + "a payment already captured is reused, never charged twice.";
            case SHIP -> "Ship order " + number + "? Its stock leaves the warehouse; this cannot be undone.";
        };
    }

    /** What the screen says once the server accepted it. */
    public String done(Order after) {
        return switch (this) {
            case CANCEL -> "Order cancelled." + (after.paymentStatus() != null
                    && "CAPTURED".equals(after.paymentStatus().name()) ? " The refund follows." : "");
            case RETRY -> "Order sent through the pipeline again: it is " + after.status() + " now.";
            case SHIP -> "Order shipped" + (after.shipment() == null ? "." : " with " + after.shipment().carrier()
                    + ", tracking " + after.shipment().trackingNumber() + ".");
        };
    }
}
