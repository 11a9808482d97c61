package io.ordo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineReportTest {

    private static PipelineResults.RatePhase phase(double rate, double paid, long[] paidMicros, long notPaid, double growth) {
        List<LagSampler.Sample> lag = List.of(new LagSampler.Sample(0, 0, Map.of("ordering", 0L)),
                new LagSampler.Sample(10, Math.round(10 * growth), Map.of("ordering", 0L)));
        LatencySamples placements = LatencySamples.parse(java.util.Collections.nCopies((int) rate, "201 5000"), 1);
        return new PipelineResults.RatePhase(rate, placements, paid, TimeToPaid.of(paidMicros, notPaid),
                lag, 0, 10, 3, new ProcessSampler.Usage(1, 0.5, 0.1, 0.05, 1.7, 900), 4096, 30,
                Sustainability.judge(rate, rate, paid, lag, 0, 10));
    }

    @Test
    void the_report_names_the_highest_sustainable_rate_the_durability_and_says_when_orders_were_not_paid() {
        PipelineResults results = new PipelineResults(Map.of("date", "today", "cores", "2", "durability", "fsync=on"),
                List.of(25.0, 50.0), 10, 5, 32);
        results.swept(phase(25, 25, new long[] {300_000, 350_000}, 0, 0));
        results.swept(phase(50, 30, new long[] {900_000}, 3, 20));
        results.cWrite(Stats.spread(7000, 7500, 8000));
        String markdown = new PipelineReport(results, Duration.ofSeconds(75)).markdown();
        assertThat(markdown).contains("Highest sustainable rate: 25 orders/s.").contains("fsync=on")
                .contains("| 50/s | 50.0 | 0 | 30.0 | - |").contains("no: PAID fell behind; backlog grew")
                .contains("| 25/s | 25.0 | 0 | 25.0 | 300.00 | 350.00 | 350.00 | 0 |");
        String html = new PipelineReport(results, Duration.ofSeconds(75)).html();
        assertThat(html).contains("<svg").contains("<polyline").doesNotContain("NaN");
    }

    @Test
    void the_storefront_mix_is_reported_per_kind_of_request_with_the_reads_each_order_took() {
        PipelineResults results = new PipelineResults(Map.of("date", "today", "cores", "2"), List.of(25.0), 10, 5, 32);
        var byKind = LatencySamples.parseByKind(List.of("products 200 1000", "place 201 9000", "poll 200 2000",
                "poll 200 3000", "poll 200 4000", "products 200 1000", "place 201 8000", "poll 200 2000"), 1);
        results.storefront(new PipelineResults.Storefront(8, byKind, 2, TimeToPaid.of(new long[] {400_000, 500_000}, 0),
                new ProcessSampler.Usage(0, 0, 0, 0, 0, 0)));
        assertThat(results.storefront().pollsPerOrder()).isEqualTo(2);
        String markdown = new PipelineReport(results, Duration.ofSeconds(30)).markdown();
        assertThat(markdown).contains("| GET /api/v1/products | 2.0 | 0 | 1.00 |")
                .contains("| POST /api/v1/orders | 2.0 | 0 | 8.00 | 9.00 | 9.00 |")
                .contains("| GET /api/v1/orders/{id} until through | 4.0 | 0 | 2.00 |")
                .contains("| 2 | 2.0 | 2.0 | 400.00 | 500.00 | 500.00 | 0 |");
    }
}
