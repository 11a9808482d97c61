package io.ordo.ordering.application;

import io.ordo.ordering.domain.Orders;
import io.ordo.platform.money.Money;
import io.ordo.platform.money.MoneyJson;
import io.ordo.platform.paging.Page;
import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads orders for the API: one order in full, or pages of summaries newest first. */
@ApplicationScoped
public class OrderQueries {

    @Inject
    Orders orders;

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    /** @param owner if not null, the order is only found when this client owns it */
    @Transactional
    public Optional<OrderView> byId(UUID id, String owner) {
        return orders.find(id).filter(order -> owner == null || order.ownedBy(owner)).map(OrderView::of);
    }

    /** A page of orders, newest first; the cursor is opaque to clients. */
    @Transactional
    public Page<OrderSummary> list(OrderFilter filter, String cursor, int limit) {
        Cursor after = cursor == null ? null : Cursor.decode(cursor);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, status, payment_status, customer_name, total_amount, currency, created_at, updated_at
                from ordering.orders
                where (cast(?1 as varchar) is null or owner_client_id = cast(?1 as varchar))
                  and (cast(?2 as varchar) is null or status = cast(?2 as varchar))
                  and (cast(?3 as varchar) is null or lower(customer_email) = lower(cast(?3 as varchar)))
                  and (cast(?4 as timestamptz) is null or created_at >= cast(?4 as timestamptz))
                  and (cast(?5 as timestamptz) is null or created_at < cast(?5 as timestamptz))
                  and (cast(?6 as varchar) is null
                       or customer_name ilike cast(?6 as varchar) or customer_email ilike cast(?6 as varchar))
                  and (cast(?7 as timestamptz) is null
                       or (created_at, id) < (cast(?7 as timestamptz), cast(?8 as uuid)))
                order by created_at desc, id desc
                limit ?9
                """)
                .setParameter(1, filter.owner())
                .setParameter(2, filter.status() == null ? null : filter.status().name())
                .setParameter(3, filter.customerEmail())
                .setParameter(4, timestamp(filter.from()))
                .setParameter(5, timestamp(filter.to()))
                .setParameter(6, filter.text() == null ? null : "%" + escapeLike(filter.text()) + "%")
                .setParameter(7, after == null ? null : Timestamp.from(after.createdAt()))
                .setParameter(8, after == null ? null : after.id().toString())
                .setParameter(9, limit + 1)
                .getResultList();
        List<OrderSummary> summaries = rows.stream().map(OrderQueries::summary).toList();
        return Page.fromOverfetch(summaries, limit, last -> new Cursor(last.createdAt(), last.id()).encode());
    }

    private static OrderSummary summary(Object[] row) {
        Money total = new Money((BigDecimal) row[4], Currency.getInstance(((String) row[5]).trim()));
        return new OrderSummary((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                MoneyJson.of(total), instant(row[6]), instant(row[7]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
                return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw new ProblemException(ProblemType.VALIDATION, "cursor must be the nextCursor of a previous page");
            }
        }
    }
}
