package io.ordo.it;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/** Report-shaped helpers shared by the reporting tests: reading, summing, waiting, parsing CSV. */
final class Reports {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    /** Days around today (UTC), so that a test running across midnight still sums every row it made. */
    static final String AROUND_TODAY = "from=" + TODAY.minusDays(1) + "&to=" + TODAY.plusDays(1);

    /** Every report, as the rebuild comparison reads them. */
    private static final List<String> EVERY_REPORT = List.of("sales?" + AROUND_TODAY, "sales/products?" + AROUND_TODAY,
            "payments?" + AROUND_TODAY, "orders/status", "orders/status-changes?" + AROUND_TODAY, "stock",
            "orders/stuck?limit=200");

    private Reports() {
    }

    static Http.Reply get(String token, String pathAndQuery) {
        return Http.send(Http.api("reports/" + pathAndQuery, token).GET());
    }

    /** A report asked for with parameters the document refuses (see {@link Http#sendMalformed}). */
    static Http.Reply getMalformed(String token, String pathAndQuery) {
        return Http.sendMalformed(Http.api("reports/" + pathAndQuery, token).GET());
    }

    static JsonNode read(String token, String pathAndQuery) {
        Http.Reply reply = get(token, pathAndQuery);
        if (reply.status() != 200) {
            throw new AssertionError("report " + pathAndQuery + " refused: " + reply);
        }
        return reply.json();
    }

    static JsonNode rows(String token, String pathAndQuery) {
        return read(token, pathAndQuery).get("rows");
    }

    static JsonNode freshness(String token) {
        return read(token, "freshness");
    }

    /** The sum of a whole-number field over the rows that match. */
    static long sum(JsonNode rows, Predicate<JsonNode> which, String field) {
        long sum = 0;
        for (JsonNode row : rows) {
            if (which.test(row)) {
                sum += row.get(field).asLong();
            }
        }
        return sum;
    }

    /** The sum of an amount field (a decimal string) over the rows that match. */
    static BigDecimal amount(JsonNode rows, Predicate<JsonNode> which, String field) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode row : rows) {
            if (which.test(row)) {
                sum = sum.add(new BigDecimal(row.get(field).asText()));
            }
        }
        return sum;
    }

    static Predicate<JsonNode> where(String field, String value) {
        return row -> value.equals(row.get(field).asText());
    }

    /** The number of orders in a status now, as the report gives it. */
    static long inStatus(String token, String status) {
        return sum(rows(token, "orders/status"), where("status", status), "orders");
    }

    /**
     * Waits until the read models have applied every event, no order waits for stock or payment
     * (so none of the tests that ran before is still moving) and no event came for a moment.
     */
    static void awaitQuiet(String token) {
        AtomicLong lastSeen = new AtomicLong(-1);
        AtomicReference<Instant> unchangedSince = new AtomicReference<>(Instant.now());
        await("the read models to catch up and the orders to settle").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    JsonNode freshness = freshness(token);
                    long asOf = freshness.get("asOfEvent").asLong();
                    if (lastSeen.getAndSet(asOf) != asOf) {
                        unchangedSince.set(Instant.now());
                    }
                    return freshness.get("lagEvents").asLong() == 0
                            && inStatus(token, "CREATED") == 0 && inStatus(token, "RESERVED") == 0
                            && Duration.between(unchangedSince.get(), Instant.now()).toMillis() >= 1500;
                });
    }

    /** The rows of every report, without what changes with the clock alone (the time in status). */
    static Map<String, JsonNode> everyReport(String token) {
        Map<String, JsonNode> reports = new LinkedHashMap<>();
        for (String report : EVERY_REPORT) {
            JsonNode rows = rows(token, report).deepCopy();
            rows.forEach(row -> ((ObjectNode) row).remove("secondsInStatus"));
            reports.put(report, rows);
        }
        return reports;
    }

    /** Parses RFC 4180 CSV: quoted cells may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> csv(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                line.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                line.add(cell.toString());
                cell.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !line.isEmpty()) {
            line.add(cell.toString());
            lines.add(line);
        }
        return lines;
    }
}
