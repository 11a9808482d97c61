package io.ordo.ordering.application;

import io.ordo.inventory.published.Catalogue;
import io.ordo.inventory.published.CatalogueEntry;
import io.ordo.ordering.domain.Cause;
import io.ordo.ordering.domain.Customer;
import io.ordo.ordering.domain.Order;
import io.ordo.ordering.domain.OrderLine;
import io.ordo.ordering.domain.Orders;
import io.ordo.ordering.published.events.OrderEvents;
import io.ordo.platform.events.Correlation;
import io.ordo.platform.problem.Problem;
import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Places orders for storefronts: prices come from the catalogue (never from the request), and
 * the Idempotency-Key makes a retried request return the first answer instead of a second order.
 */
@ApplicationScoped
public class OrderPlacement {

    /** The outcome: the order, and whether this was a replay of an earlier identical request. */
    public record Placed(Order order, boolean replayed) {
    }

    @Inject
    Orders orders;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    Catalogue catalogue;

    @Inject
    OrderEventPublisher events;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public Placed place(String clientId, String idempotencyKey, PlaceOrder request) {
        UUID orderId = UUID.randomUUID();
        String fingerprint = RequestFingerprint.of(request);
        Optional<IdempotencyKeys.Claimed> earlier = idempotencyKeys.claim(clientId, idempotencyKey, fingerprint, orderId);
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint);
        }
        Currency currency = Currency.getInstance(request.currency());
        Order order = Order.place(orderId, clientId,
                new Customer(request.customer().name(), request.customer().email(),
                        request.customer().phone(), request.customer().address()),
                currency, pricedLines(request, currency), request.paymentMethod(),
                new Cause("storefront:" + clientId, "placed", clock.instant(), Correlation.current()));
        orders.add(order);
        events.publish(order, OrderEvents.CREATED, new OrderEvents.OrderCreated(order.id(), order.status().name()));
        return new Placed(order, false);
    }

    private Placed replay(IdempotencyKeys.Claimed earlier, String fingerprint) {
        if (!earlier.requestFingerprint().equals(fingerprint)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different order request. Use a new key for a new order.");
        }
        Order order = orders.find(earlier.orderId())
                .orElseThrow(() -> new IllegalStateException("idempotency key points to missing order " + earlier.orderId()));
        return new Placed(order, true);
    }

    private List<OrderLine> pricedLines(PlaceOrder request, Currency currency) {
        Map<String, CatalogueEntry> entries = catalogue.entries(request.lines().stream().map(PlaceOrder.Line::sku).toList());
        List<Problem.FieldError> errors = new ArrayList<>();
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            PlaceOrder.Line line = request.lines().get(i);
            CatalogueEntry entry = entries.get(line.sku());
            if (entry == null) {
                errors.add(new Problem.FieldError("lines[" + i + "].sku", "no product with SKU " + line.sku()));
            } else if (!entry.price().currency().equals(currency)) {
                errors.add(new Problem.FieldError("lines[" + i + "].sku", line.sku() + " is sold in "
                        + entry.price().currencyCode() + ", not " + currency.getCurrencyCode()));
            } else {
                lines.add(new OrderLine(entry.sku(), entry.name(), line.quantity(), entry.price()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "The order cannot be priced: " + errors.get(0).message()
                            + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""), errors);
        }
        return lines;
    }
}
