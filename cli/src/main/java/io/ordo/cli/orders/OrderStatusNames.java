package io.ordo.cli.orders;

import io.ordo.cli.command.KnownNames;
import io.ordo.client.model.OrderStatus;

import java.util.Iterator;

/** The order statuses the client knows, for shell completion and the help of {@code --status}. */
public final class OrderStatusNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return KnownNames.namesOf(OrderStatus.values(), OrderStatus::name).iterator();
    }
}
