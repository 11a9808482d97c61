package io.ordo.ordering.application;

import io.ordo.inventory.published.Catalogue;
import io.ordo.inventory.published.CatalogueEntry;
import io.ordo.ordering.domain.Cause;
import io.ordo.ordering.domain.Order;
import io.ordo.ordering.domain.OrderLine;
import io.ordo.ordering.domain.Orders;
import io.ordo.platform.events.Correlation;
import io.ordo.platform.problem.Problem;
import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Places orders for storefronts, honouring the Idempotency-Key contract: the same key and request
 * replay the first order; the same key with another request is refused (422); a duplicate that
 * arrives while the first is still being processed waits for it and then replays its order (or
 * places the order, if the first placed nothing), rather than duplicating it. Prices come from
 * the catalogue, never from the request.
 */
@ApplicationScoped
public class OrderPlacement {

    /** The outcome: the order, and whether this was a replay of an earlier identical request. */
    public record Placed(OrderView order, boolean replayed) {
    }

    @Inject
    Orders orders;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    Catalogue catalogue;

    @Inject
    OrderEventPublisher events;

    @Inject
    OrderWorkflow workflow;

    @Inject
    CustomerData customerData;

    @Inject
    OrderQueries queries;

    @Inject
    @ConfigProperty(name = "ordo.ordering.idempotency-claim-abandoned-seconds", defaultValue = "30")
    long abandonedAfterSeconds;

    /** Microseconds, as PostgreSQL keeps them, so the answer to a placement shows what is stored. */
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    @Transactional
    public Placed place(String clientId, String idempotencyKey, PlaceOrder request) {
        String fingerprint = RequestFingerprint.of(request);
        IdempotencyKeys.Claim claim = idempotencyKeys.claim(clientId, idempotencyKey, fingerprint,
                Duration.ofSeconds(abandonedAfterSeconds));
        if (claim instanceof IdempotencyKeys.Completed completed) {
            requireSameRequest(completed.requestFingerprint(), fingerprint);
            return new Placed(queries.byId(completed.orderId(), null).orElseThrow(), true);
        }
        if (claim instanceof IdempotencyKeys.InFlight inFlight) {
            requireSameRequest(inFlight.requestFingerprint(), fingerprint);
            throw new ProblemException(ProblemType.IDEMPOTENT_REQUEST_IN_FLIGHT,
                    "The first request with this Idempotency-Key is still being processed; retry in a second to get its answer.");
        }
        // A refusal below rolls the claim back with everything else: the key is free again.
        Map<String, CatalogueEntry> entries = catalogue.entries(request.lines().stream().map(PlaceOrder.Line::sku).toList());
        Order order = newOrder(clientId, request, entries);
        orders.add(order);
        idempotencyKeys.complete(clientId, idempotencyKey, order.id());
        events.publishCreated(order);
        workflow.validate(order, entries);
        // The answer is the order just written, as a read would show it: no second look-up.
        return new Placed(OrderView.of(order, Optional.of(request.customer())), false);
    }

    private static void requireSameRequest(String earlier, String now) {
        if (!earlier.equals(now)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different order request. Use a new key for a new order.");
        }
    }

    private Order newOrder(String clientId, PlaceOrder request, Map<String, CatalogueEntry> entries) {
        Currency currency = Currency.getInstance(request.currency());
        UUID id = UUID.randomUUID();
        return Order.place(id, clientId, customerData.seal(id, request.customer()), currency, pricedLines(request, currency, entries), request.paymentMethod(),
                new Cause("storefront:" + clientId, "placed", clock.instant(), Correlation.current()));
    }

    private static List<OrderLine> pricedLines(PlaceOrder request, Currency currency, Map<String, CatalogueEntry> entries) {
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
