package io.ordo.reporting.application;

import io.ordo.platform.paging.Page;
import io.ordo.reporting.domain.Generation;
import io.ordo.reporting.domain.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Orders per status now, status changes per day, and the stuck orders, read from the live read
 * models. Counts come from one row per status or per day and status; the stuck orders from an
 * index over the orders not in a final state, oldest in their state first.
 */
@ApplicationScoped
public class OrderReports {

    @Inject
    ReadModels readModels;

    @Inject
    ReportFreshness freshness;

    private final Clock clock = Clock.systemUTC();

    /** Every status, in lifecycle order, with the number of orders in it (0 included). */
    public Report<StatusCount> byStatus() {
        return readModels.read(this::byStatus);
    }

    private Report<StatusCount> byStatus(ReadModelSnapshot snapshot) {
        Generation live = snapshot.live();
        List<Object[]> rows = snapshot.rows("""
                select status, orders from reporting.orders_by_status where generation = ?1
                """, live.number());
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((String) row[0], Rows.count(row[1])));
        return Report.of(freshness.of(live), Arrays.stream(OrderStatus.values())
                .map(status -> new StatusCount(status.name(), counts.getOrDefault(status.name(), 0L)))
                .toList());
    }

    /** @param status only moves into this status, or null for all */
    public Report<StatusChangesDay> statusChanges(DateRange range, OrderStatus status) {
        return readModels.read(snapshot -> statusChanges(snapshot, range, status));
    }

    private Report<StatusChangesDay> statusChanges(ReadModelSnapshot snapshot, DateRange range, OrderStatus status) {
        Generation live = snapshot.live();
        List<Object[]> rows = snapshot.rows("""
                select day, status, changes from reporting.status_changes_by_day
                where generation = ?1 and day between ?2 and ?3 and (cast(?4 as varchar) is null or status = cast(?4 as varchar))
                order by day, status
                """, live.number(), Date.valueOf(range.from()), Date.valueOf(range.to()),
                status == null ? null : status.name());
        return Report.of(freshness.of(live), rows.stream()
                .map(row -> new StatusChangesDay(Rows.day(row[0]), (String) row[1], Rows.count(row[2])))
                .toList());
    }

    /**
     * Orders not in a final state that have been in their status for at least {@code minAge},
     * oldest first, one page at a time.
     *
     * @param status only orders in this status, or null for every status that is not final
     * @param cursor the nextCursor of the previous page, or null for the first
     */
    public Report<StuckOrder> stuck(OrderStatus status, Duration minAge, String cursor, int limit) {
        return readModels.read(snapshot -> stuck(snapshot, status, minAge, cursor, limit));
    }

    private Report<StuckOrder> stuck(ReadModelSnapshot snapshot, OrderStatus status, Duration minAge, String cursor,
                                     int limit) {
        Generation live = snapshot.live();
        Instant now = clock.instant();
        StuckOrderCursor after = cursor == null ? null : StuckOrderCursor.decode(cursor);
        // The same predicate as the partial indexes, written out, so the planner can use them;
        // with a status, the index that starts with the status.
        List<Object> parameters = new ArrayList<>(Arrays.asList(live.number(), Timestamp.from(now.minus(minAge)),
                after == null ? null : Timestamp.from(after.since()),
                after == null ? null : after.orderId().toString(), limit + 1));
        String statusFilter = "";
        if (status != null) {
            statusFilter = "and status = ?6";
            parameters.add(status.name());
        }
        List<Object[]> rows = snapshot.rows("""
                select order_id, status, status_since, currency, total from reporting.orders
                where generation = ?1 and status not in ('SHIPPED', 'CANCELLED') and status_since <= ?2
                  and (cast(?3 as timestamptz) is null or (status_since, order_id) > (cast(?3 as timestamptz), cast(?4 as uuid)))
                  %s
                order by status_since, order_id
                limit ?5
                """.formatted(statusFilter), parameters.toArray());
        List<StuckOrder> orders = rows.stream().map(row -> stuckOrder(row, now)).toList();
        Page<StuckOrder> page = Page.fromOverfetch(orders, limit,
                last -> new StuckOrderCursor(last.since(), last.orderId()).encode());
        return Report.page(freshness.of(live), page.items(), page.nextCursor());
    }

    private static StuckOrder stuckOrder(Object[] row, Instant now) {
        Instant since = Rows.instant(row[2]);
        String currency = (String) row[3];
        return new StuckOrder((UUID) row[0], (String) row[1], since, Duration.between(since, now).toSeconds(),
                currency, row[4] == null || currency == null ? null : Rows.money(Rows.amount(row[4]), currency));
    }
}
