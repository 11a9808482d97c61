package io.ordo.ordering.application;

import io.ordo.ordering.domain.OrderStatus;
import io.ordo.platform.money.Money;
import io.ordo.platform.money.MoneyJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One order as stored, read for its readers by {@link #SELECT_BY_ID}: the row of
 * {@code ordering.orders} with its lines and history aggregated by PostgreSQL into JSON arrays,
 * so that one statement answers a read.
 */
final class StoredOrder {

    static final String SELECT_BY_ID = """
            select o.owner_client_id, o.status, o.payment_status, o.failure_reason, o.customer_key_id,
                   o.customer_sealed, o.currency, o.total_amount, o.reserved_until, o.carrier, o.tracking_number,
                   o.created_at, o.updated_at, o.version,
                   (select json_agg(json_build_array(l.sku, l.product_name, l.quantity, l.unit_price) order by l.line_no)
                    from ordering.order_lines l where l.order_id = o.id)::text,
                   (select json_agg(json_build_array(h.from_status, h.to_status, h.actor, h.reason,
                                                     (extract(epoch from h.changed_at) * 1000000)::bigint,
                                                     h.correlation_id) order by h.id)
                    from ordering.status_history h where h.order_id = o.id)::text
            from ordering.orders o
            where o.id = ?1
            """;

    /** Looked up once: {@code Json.createReader} would search for the provider on every call. */
    private static final JsonReaderFactory JSON = JsonProvider.provider().createReaderFactory(Map.of());

    private final Object[] row;

    StoredOrder(Object[] row) {
        this.row = row;
    }

    String owner() {
        return (String) row[0];
    }

    UUID customerKeyId() {
        return (UUID) row[4];
    }

    String sealedCustomer() {
        return (String) row[5];
    }

    OrderView view(UUID id, Optional<PlaceOrder.CustomerDetails> customer) {
        Currency currency = Currency.getInstance(((String) row[6]).trim());
        OrderStatus status = OrderStatus.valueOf((String) row[1]);
        String carrier = (String) row[9];
        return new OrderView(id, status.name(), (String) row[2], (String) row[3], OrderView.Customer.of(customer),
                currency.getCurrencyCode(), lines(currency), MoneyJson.of(new Money((BigDecimal) row[7], currency)),
                instant(row[8]), carrier == null ? null : new OrderView.Shipment(carrier, (String) row[10]),
                OrderView.actionsFrom(status), instant(row[11]), instant(row[12]), ((Number) row[13]).longValue(),
                history());
    }

    private List<OrderView.Line> lines(Currency currency) {
        List<OrderView.Line> lines = new ArrayList<>();
        for (JsonValue value : array(row[14])) {
            JsonArray line = value.asJsonArray();
            lines.add(OrderView.Line.of(line.getString(0), line.getString(1), line.getInt(2),
                    new Money(line.getJsonNumber(3).bigDecimalValue(), currency)));
        }
        return lines;
    }

    private List<OrderView.Transition> history() {
        List<OrderView.Transition> history = new ArrayList<>();
        for (JsonValue value : array(row[15])) {
            JsonArray change = value.asJsonArray();
            long micros = ((JsonNumber) change.get(4)).longValueExact();
            history.add(new OrderView.Transition(textOrNull(change, 0), change.getString(1), change.getString(2),
                    textOrNull(change, 3), Instant.EPOCH.plus(micros, ChronoUnit.MICROS), change.getString(5)));
        }
        return history;
    }

    private static String textOrNull(JsonArray array, int index) {
        return array.isNull(index) ? null : array.getString(index);
    }

    private static JsonArray array(Object json) {
        if (json == null) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        try (JsonReader reader = JSON.createReader(new StringReader((String) json))) {
            return reader.readArray();
        }
    }

    /** A timestamp column of a native query, whichever Java type the driver and Hibernate chose. */
    static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
