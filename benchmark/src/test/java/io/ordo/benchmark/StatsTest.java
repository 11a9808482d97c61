package io.ordo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void median_of_an_odd_count_is_the_middle_value_whatever_the_order() {
        assertThat(Stats.median(5, 1, 3)).isEqualTo(3);
    }

    @Test
    void median_of_an_even_count_is_the_mean_of_the_two_middle_values() {
        assertThat(Stats.median(4, 1, 3, 10)).isEqualTo(3.5);
    }

    @Test
    void median_does_not_reorder_the_callers_values() {
        double[] values = {3, 1, 2};
        Stats.median(values);
        assertThat(values).containsExactly(3, 1, 2);
    }

    @Test
    void runs_are_steady_when_every_figure_moved_by_less_than_the_fraction() {
        assertThat(Stats.steady(new double[] {10_000, 1_500}, new double[] {10_900, 1_450}, 0.10)).isTrue();
        assertThat(Stats.steady(new double[] {5_400, 1_340}, new double[] {11_300, 1_710}, 0.10)).isFalse();
        assertThat(Stats.steady(new double[] {10_000, 1_500}, new double[] {10_000, 1_200}, 0.10))
                .as("one figure still moving").isFalse();
    }

    @Test
    void median_of_nothing_is_refused() {
        assertThatThrownBy(Stats::median).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spread_gives_median_range_and_range_relative_to_the_median() {
        Stats.Spread spread = Stats.spread(90, 100, 110, 105, 95);
        assertThat(spread.median()).isEqualTo(100);
        assertThat(spread.min()).isEqualTo(90);
        assertThat(spread.max()).isEqualTo(110);
        assertThat(spread.runs()).isEqualTo(5);
        assertThat(spread.relative()).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void nearest_rank_percentile_is_a_sample_that_enough_samples_do_not_exceed() {
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }
        assertThat(Stats.percentile(sorted, 50)).isEqualTo(50);
        assertThat(Stats.percentile(sorted, 95)).isEqualTo(95);
        assertThat(Stats.percentile(sorted, 99)).isEqualTo(99);
        assertThat(Stats.percentile(sorted, 99.5)).isEqualTo(100);
        assertThat(Stats.percentile(sorted, 100)).isEqualTo(100);
    }

    @Test
    void percentile_of_few_samples_rounds_the_rank_up() {
        assertThat(Stats.percentile(new long[] {10, 20, 30}, 50)).isEqualTo(20);
        assertThat(Stats.percentile(new long[] {10, 20, 30}, 1)).isEqualTo(10);
        assertThat(Stats.percentile(new long[] {7}, 99)).isEqualTo(7);
    }

    @Test
    void percentile_outside_0_to_100_is_refused() {
        assertThatThrownBy(() -> Stats.percentile(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stats.percentile(new long[] {1}, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stats.percentile(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void slope_is_the_least_squares_growth_per_unit_of_x() {
        assertThat(Stats.slope(new double[] {0, 1, 2, 3}, new double[] {1, 3, 5, 7})).isCloseTo(2, within(1e-9));
        assertThat(Stats.slope(new double[] {0, 1, 2, 3}, new double[] {5, 4, 6, 5})).isCloseTo(0.2, within(1e-9));
        assertThat(Stats.slope(new double[] {2}, new double[] {9})).isZero();
    }
}
