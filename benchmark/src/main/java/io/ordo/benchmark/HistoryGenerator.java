package io.ordo.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Writes the event history of many orders straight into the outbox, as already published, in the
 * exact envelope format the contexts publish: what a system that had taken those orders would
 * have in its history. A rebuild then replays it through the same projections as live events.
 * Order {@code n} always gets the same ids, product, day and fate, so runs are repeatable: one in
 * twenty is declined, one in twenty cancelled, one in a thousand stays VALIDATED (a stuck order),
 * the rest are paid and half of those shipped, spread over the last 364 days.
 */
final class HistoryGenerator {

    private static final int ORDERS_PER_STATEMENT = 50_000;

    private static final String INSERT = """
            insert into platform.outbox (event_id, event_type, aggregate_type, aggregate_id, aggregate_version,
                                         occurred_at, correlation_id, envelope, published_at)
            select ids.event_id, e.type, e.aggregate_type, o.id::text, e.version, ids.at, o.correlation,
                   json_build_object('aggregateId', o.id::text, 'aggregateType', e.aggregate_type,
                                     'aggregateVersion', e.version, 'correlationId', o.correlation,
                                     'id', ids.event_id::text,
                                     'occurredAt', to_char(ids.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                                     'payload', e.payload, 'type', e.type)::text,
                   now()
            from (select g, md5('ordo-bench-order-' || g)::uuid as id, 'bench-' || g as correlation,
                         date_trunc('day', now()) - interval '1 day' * (g % 364)
                             + interval '1 second' * ((g * 37) % 80000) as placed,
                         case when g % 1000 = 999 then 'stuck' when g % 20 = 0 then 'declined'
                              when g % 20 = 1 then 'cancelled' when g % 20 < 10 then 'paid' else 'shipped' end as fate,
                         p.sku, p.name, p.price_amount as price, p.currency, 1 + g % 3 as quantity
                  from generate_series(?::bigint, ?::bigint) g
                  join (select row_number() over (order by sku) - 1 as idx, count(*) over () as products,
                               sku, name, price_amount, currency
                        from inventory.products where active) p on p.idx = g % p.products) o
            cross join lateral (values
                (1, 'OrderCreated', 'Order', 1, o.fate <> '',
                 json_build_object('currency', o.currency, 'orderId', o.id, 'status', 'CREATED',
                                   'total', o.price * o.quantity,
                                   'lines', json_build_array(json_build_object('name', o.name, 'quantity', o.quantity,
                                                                               'sku', o.sku, 'unitPrice', o.price)))),
                (2, 'OrderValidated', 'Order', 2, o.fate <> '',
                 json_build_object('orderId', o.id,
                                   'lines', json_build_array(json_build_object('quantity', o.quantity, 'sku', o.sku)))),
                (3, 'OrderReserved', 'Order', 3, o.fate in ('declined', 'paid', 'shipped'),
                 json_build_object('amount', o.price * o.quantity, 'currency', o.currency, 'orderId', o.id,
                                   'paymentMethod', 'tok_visa')),
                (4, 'PaymentDeclined', 'Payment', 1, o.fate = 'declined',
                 json_build_object('declineReason', 'card_declined', 'orderId', o.id)),
                (5, 'OrderFailed', 'Order', 4, o.fate = 'declined',
                 json_build_object('from', 'RESERVED', 'orderId', o.id, 'reason', 'PAYMENT_DECLINED: card_declined',
                                   'to', 'FAILED')),
                (4, 'PaymentCaptured', 'Payment', 1, o.fate in ('paid', 'shipped'),
                 json_build_object('amount', o.price * o.quantity, 'currency', o.currency,
                                   'gatewayPaymentId', 'pay_bench_' || o.g, 'orderId', o.id)),
                (5, 'OrderPaid', 'Order', 4, o.fate in ('paid', 'shipped'),
                 json_build_object('from', 'RESERVED', 'orderId', o.id, 'reason', 'payment captured', 'to', 'PAID')),
                (6, 'OrderShipped', 'Order', 5, o.fate = 'shipped',
                 json_build_object('carrier', 'UPS', 'orderId', o.id, 'trackingNumber', 'BENCH-' || o.g)),
                (3, 'OrderCancelled', 'Order', 3, o.fate = 'cancelled',
                 json_build_object('from', 'VALIDATED', 'orderId', o.id, 'reason', 'changed my mind', 'to', 'CANCELLED'))
            ) as e(step, type, aggregate_type, version, happens, payload)
            cross join lateral (select md5('ordo-bench-event-' || o.g || '-' || e.type)::uuid as event_id,
                                       o.placed + interval '1 second' * e.step as at) ids
            where e.happens
            order by o.g, e.step
            """;

    private final DataSource database;

    HistoryGenerator(DataSource database) {
        this.database = database;
    }

    /**
     * Appends the histories of orders {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @return the number of events written
     */
    long append(long from, long to, java.util.function.LongConsumer progress) throws SQLException {
        long events = 0;
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (long first = from; first < to; first += ORDERS_PER_STATEMENT) {
                long last = Math.min(to, first + ORDERS_PER_STATEMENT) - 1;
                insert.setLong(1, first);
                insert.setLong(2, last);
                events += insert.executeUpdate();
                progress.accept(last + 1);
            }
            try (var analyze = connection.createStatement()) {
                analyze.execute("analyze platform.outbox");
            }
        }
        return events;
    }
}
