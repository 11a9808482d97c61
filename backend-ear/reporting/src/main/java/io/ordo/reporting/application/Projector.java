package io.ordo.reporting.application;

import io.ordo.platform.history.RecordedEvent;
import io.ordo.reporting.domain.Fact;
import io.ordo.reporting.domain.Generations;
import io.ordo.reporting.domain.Projection;
import io.ordo.reporting.domain.ProjectionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applies events, in the order given, to one generation of the read models: loads what it knows
 * of the orders and products they mention, applies the projection rules, stores the result and
 * records how far the generation got. Live events come one at a time, the history in batches.
 */
@ApplicationScoped
public class Projector {

    @Inject
    ProjectionStore store;

    @Inject
    Generations generations;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(int generation, List<RecordedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<Fact> facts = events.stream()
                .flatMap(event -> EventFacts.of(event.envelope()).stream())
                .toList();
        if (!facts.isEmpty()) {
            Projection projection = new Projection(store.lockOrders(generation, orderIds(facts)),
                    store.lockStock(generation, skus(facts)));
            facts.forEach(projection::apply);
            store.save(generation, projection);
        }
        RecordedEvent newest = events.stream().max(Comparator.comparingLong(RecordedEvent::position)).orElseThrow();
        generations.advance(generation, newest.position(), newest.envelope().id(), newest.envelope().occurredAt(),
                events.size());
    }

    private static Set<UUID> orderIds(List<Fact> facts) {
        return facts.stream()
                .filter(Fact.AboutOrder.class::isInstance)
                .map(fact -> ((Fact.AboutOrder) fact).orderId())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> skus(List<Fact> facts) {
        return facts.stream()
                .filter(Fact.StockCounted.class::isInstance)
                .map(fact -> ((Fact.StockCounted) fact).sku())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
