package io.ordo.ordering.infrastructure;

import io.ordo.ordering.application.OrderWorkflow;
import io.ordo.ordering.domain.PaymentStatus;
import io.ordo.platform.inbox.EventHandler;
import io.ordo.platform.inbox.InboundEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The events that move orders on: ordering's own "created", then inventory's and payments'
 * answers. Payloads are read into ordering's own records (a tolerant reader).
 */
@ApplicationScoped
public class OrderingEventConsumer {

    static final String CONSUMER = "ordering";

    @Inject
    InboundEvents inbound;

    @Inject
    OrderWorkflow workflow;

    public record AboutOrder(UUID orderId) {
    }

    public record PaymentInProgress(UUID orderId, String status) {
    }

    public record StockReserved(UUID orderId, java.time.Instant expiresAt) {
    }

    public record StockRejected(UUID orderId, String sku, int requested, int available) {
    }

    public record PaymentDeclined(UUID orderId, String declineReason) {
    }

    private final EventHandler handler = EventHandler.byType(Map.of(
            "OrderCreated", event -> workflow.validateIfWaiting(event.payloadAs(AboutOrder.class).orderId()),
            "StockReserved", event -> {
                StockReserved reserved = event.payloadAs(StockReserved.class);
                workflow.stockReserved(reserved.orderId(), reserved.expiresAt());
            },
            "StockReservationRejected", event -> {
                StockRejected rejected = event.payloadAs(StockRejected.class);
                workflow.stockRejected(rejected.orderId(), rejected.sku(), rejected.requested(), rejected.available());
            },
            "PaymentCaptured", event -> workflow.paymentCaptured(event.payloadAs(AboutOrder.class).orderId()),
            "PaymentDeclined", event -> {
                PaymentDeclined declined = event.payloadAs(PaymentDeclined.class);
                workflow.paymentDeclined(declined.orderId(), declined.declineReason());
            },
            "PaymentInProgress", event -> {
                PaymentInProgress progress = event.payloadAs(PaymentInProgress.class);
                workflow.paymentInProgress(progress.orderId(), PaymentStatus.valueOf(progress.status()));
            },
            "PaymentVoided", event -> workflow.paymentVoided(event.payloadAs(AboutOrder.class).orderId()),
            "PaymentRefunded", event -> workflow.paymentRefunded(event.payloadAs(AboutOrder.class).orderId())));

    void register(@Observes Startup startup) {
        inbound.register(CONSUMER, handler);
    }

    @Incoming("ordering")
    public CompletionStage<Void> receive(Message<String> message) {
        return inbound.accept(CONSUMER, message);
    }
}
