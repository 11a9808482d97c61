package io.ordo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatencySamplesTest {

    @Test
    void samples_are_sorted_and_read_in_milliseconds() {
        LatencySamples samples = LatencySamples.parse(List.of("200 3000", "201 1000", "200 2000", ""), 2.0);
        assertThat(samples.sortedMicros()).containsExactly(1000, 2000, 3000);
        assertThat(samples.count()).isEqualTo(3);
        assertThat(samples.throughput()).isEqualTo(1.5);
        assertThat(samples.percentileMillis(50)).isEqualTo(2.0);
        assertThat(samples.percentileMillis(99)).isEqualTo(3.0);
        assertThat(samples.errors()).isZero();
    }

    @Test
    void answers_of_400_and_above_are_errors_and_still_count_as_latencies() {
        LatencySamples samples = LatencySamples.parse(List.of("200 10", "409 20", "500 30"), 1.0);
        assertThat(samples.errors()).isEqualTo(2);
        assertThat(samples.count()).isEqualTo(3);
    }

    @Test
    void a_line_that_is_not_a_sample_is_refused() {
        assertThatThrownBy(() -> LatencySamples.parse(List.of("200"), 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencySamples.parse(List.of("ok 12"), 1.0)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void samples_of_a_mixed_workload_are_read_per_kind_in_the_order_the_kinds_appear() {
        var byKind = LatencySamples.parseByKind(List.of("products 200 900", "place 201 5000", "poll 200 700",
                "poll 200 600", "products 200 800", "place 409 3000"), 2.0);
        assertThat(byKind).containsOnlyKeys("products", "place", "poll");
        assertThat(byKind.keySet()).containsExactly("products", "place", "poll");
        assertThat(byKind.get("poll").sortedMicros()).containsExactly(600, 700);
        assertThat(byKind.get("place").errors()).isEqualTo(1);
        assertThat(byKind.get("place").successesPerSecond()).isEqualTo(0.5);
    }

    @Test
    void samples_of_several_kinds_are_not_read_as_one() {
        assertThatThrownBy(() -> LatencySamples.parse(List.of("poll 200 10", "place 201 20"), 1.0))
                .hasMessageContaining("several kinds");
    }
}
