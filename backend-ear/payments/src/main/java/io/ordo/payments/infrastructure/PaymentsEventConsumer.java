package io.ordo.payments.infrastructure;

import io.ordo.payments.application.PaymentLedger;
import io.ordo.platform.events.EventEnvelope;
import io.ordo.platform.inbox.EventHandler;
import io.ordo.platform.inbox.InboundEvents;
import io.ordo.platform.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Charges orders once their stock is reserved, and gives the money back when an order is
 * cancelled, fails or expires. Recording the intent (the payment and its idempotency key, or the
 * cancellation) is the event's effect and commits with the inbox record; the gateway calls follow
 * that commit, in the background and outside any transaction, and are safe to repeat.
 */
@ApplicationScoped
public class PaymentsEventConsumer {

    static final String CONSUMER = "payments";

    @Inject
    InboundEvents inbound;

    @Inject
    PaymentLedger ledger;

    public record OrderToCharge(UUID orderId, BigDecimal amount, String currency, String paymentMethod) {
    }

    public record AboutOrder(UUID orderId) {
    }

    private final EventHandler handler = EventHandler.byType(Map.of(
            "OrderReserved", event -> {
                OrderToCharge order = event.payloadAs(OrderToCharge.class);
                ledger.register(order.orderId(), new Money(order.amount(), Currency.getInstance(order.currency())),
                        order.paymentMethod());
            },
            "OrderCancelled", this::cancel,
            "OrderExpired", this::cancel,
            "OrderFailed", this::cancel));

    void register(@Observes Startup startup) {
        inbound.register(CONSUMER, handler);
    }

    @Incoming("payments")
    public CompletionStage<Void> receive(Message<String> message) {
        return inbound.accept(CONSUMER, message);
    }

    private void cancel(EventEnvelope event) {
        ledger.cancel(event.payloadAs(AboutOrder.class).orderId());
    }
}
