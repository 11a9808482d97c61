package io.ordo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeToPaidTest {

    @Test
    void percentiles_are_nearest_rank_over_every_order_in_milliseconds() {
        TimeToPaid paid = TimeToPaid.of(new long[] {40_000, 10_000, 30_000, 20_000}, 0);
        assertThat(paid.percentileMillis(50)).isEqualTo(20);
        assertThat(paid.percentileMillis(75)).isEqualTo(30);
        assertThat(paid.percentileMillis(100)).isEqualTo(40);
        assertThat(paid.orders()).isEqualTo(4);
    }

    @Test
    void orders_not_paid_count_as_the_slowest_so_a_percentile_that_falls_on_them_is_unknown() {
        TimeToPaid paid = TimeToPaid.of(new long[] {10_000, 20_000, 30_000}, 1);
        assertThat(paid.orders()).isEqualTo(4);
        assertThat(paid.percentileMillis(50)).isEqualTo(20);
        assertThat(paid.percentileMillis(75)).isEqualTo(30);
        assertThat(paid.percentileMillis(95)).isNaN();
    }

    @Test
    void no_orders_give_no_figures() {
        assertThat(TimeToPaid.of(new long[0], 0).percentileMillis(50)).isNaN();
    }
}
