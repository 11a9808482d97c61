package io.ordo.ordering.application;

import io.ordo.platform.money.Money;
import io.ordo.platform.money.MoneyJson;
import io.ordo.platform.paging.Page;
import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import io.ordo.platform.web.TimeLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads orders for the API: one order in full, or pages of summaries newest first. */
@ApplicationScoped
public class OrderQueries {

    @Inject
    CustomerData customerData;

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    /**
     * One order as its readers see it, read in a single statement (order, lines and history) and
     * without a transaction: reads are the most frequent request, and loading the aggregate with
     * its persistence context and dirty checking bought nothing here (docs/performance.md).
     *
     * @param owner if not null, the order is only found when this client owns it
     */
    public Optional<OrderView> byId(UUID id, String owner) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(StoredOrder.SELECT_BY_ID).setParameter(1, id).getResultList();
        return rows.stream().map(StoredOrder::new)
                .filter(order -> owner == null || owner.equals(order.owner()))
                .findFirst()
                .map(order -> order.view(id, customerOf(id, order)));
    }

    private Optional<PlaceOrder.CustomerDetails> customerOf(UUID orderId, StoredOrder order) {
        return order.customerKeyId() == null ? Optional.empty()
                : customerData.open(new CustomerData.Sealed(orderId, order.customerKeyId(), order.sealedCustomer()));
    }

    /** A page of orders, newest first; the cursor is opaque to clients. Read without a transaction, as {@link #byId}. */
    public Page<OrderSummary> list(OrderFilter filter, String cursor, int limit) {
        Cursor after = cursor == null ? null : Cursor.decode(cursor);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, status, payment_status, customer_key_id, customer_sealed, total_amount, currency,
                       created_at, updated_at
                from ordering.orders
                where (cast(?1 as varchar) is null or owner_client_id = cast(?1 as varchar))
                  and (cast(?2 as varchar) is null or status = cast(?2 as varchar))
                  and (cast(?3 as varchar) is null or customer_email_hash = cast(?3 as varchar))
                  and (cast(?4 as timestamptz) is null or created_at >= cast(?4 as timestamptz))
                  and (cast(?5 as timestamptz) is null or created_at < cast(?5 as timestamptz))
                  and (cast(?6 as varchar) is null
                       or to_tsvector('simple', coalesce(customer_search, '')) @@ plainto_tsquery('simple', cast(?6 as varchar)))
                  and (cast(?7 as timestamptz) is null
                       or (created_at, id) < (cast(?7 as timestamptz), cast(?8 as uuid)))
                  and (cast(?10 as uuid) is null or id between cast(?10 as uuid) and cast(?11 as uuid))
                order by created_at desc, id desc
                limit ?9
                """)
                .setParameter(1, filter.owner())
                .setParameter(2, filter.status() == null ? null : filter.status().name())
                .setParameter(3, filter.customerEmail() == null ? null : customerData.emailHash(filter.customerEmail()))
                .setParameter(4, timestamp(filter.from()))
                .setParameter(5, timestamp(filter.to()))
                .setParameter(6, filter.text() == null ? null : searchTermsOrNoMatch(filter.text()))
                .setParameter(7, after == null ? null : Timestamp.from(after.createdAt()))
                .setParameter(8, after == null ? null : after.id().toString())
                .setParameter(9, limit + 1)
                .setParameter(10, filter.idPrefix() == null ? null : filter.idPrefix().lowest().toString())
                .setParameter(11, filter.idPrefix() == null ? null : filter.idPrefix().highest().toString())
                .getResultList();
        List<Optional<PlaceOrder.CustomerDetails>> customers = customerData.openAll(rows.stream()
                .map(row -> new CustomerData.Sealed((UUID) row[0], (UUID) row[3], (String) row[4])).toList());
        List<OrderSummary> summaries = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            summaries.add(summary(rows.get(i), customers.get(i).map(PlaceOrder.CustomerDetails::name).orElse(null)));
        }
        return Page.fromOverfetch(summaries, limit, last -> new Cursor(last.createdAt(), last.id()).encode());
    }

    /** Words that match nothing still make a query that matches nothing, rather than everything. */
    private String searchTermsOrNoMatch(String text) {
        String terms = customerData.searchTerms(text);
        return terms.isEmpty() ? "nothing" : terms;
    }

    private static OrderSummary summary(Object[] row, String customerName) {
        Money total = new Money((BigDecimal) row[5], Currency.getInstance(((String) row[6]).trim()));
        return new OrderSummary((UUID) row[0], (String) row[1], (String) row[2], customerName,
                MoneyJson.of(total), StoredOrder.instant(row[7]), StoredOrder.instant(row[8]));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** Position after the last order of a page: its creation time and id (ties broken by id). */
    record Cursor(Instant createdAt, UUID id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((createdAt.toString() + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                Cursor after = new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
                if (TimeLimits.covers(after.createdAt())) {
                    return after;
                }
            } catch (RuntimeException e) {
                // answered below like a cursor out of range
            }
            throw new ProblemException(ProblemType.VALIDATION, "cursor must be the nextCursor of a previous page");
        }
    }
}
