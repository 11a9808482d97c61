package io.ordo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SustainabilityTest {

    /** Samples every second from 0 to {@code seconds}, the backlog growing by {@code perSecond} around {@code level}. */
    private static List<LagSampler.Sample> lag(int seconds, double level, double perSecond) {
        List<LagSampler.Sample> samples = new ArrayList<>();
        for (int t = 0; t <= seconds; t++) {
            long waiting = Math.round(level + perSecond * t);
            samples.add(new LagSampler.Sample(t, waiting / 2, Map.of("ordering", waiting - waiting / 2)));
        }
        return samples;
    }

    @Test
    void a_rate_placed_paid_and_with_a_flat_backlog_is_sustainable() {
        Sustainability.Verdict verdict = Sustainability.judge(100, 99, 98, lag(60, 40, 0), 5, 60);
        assertThat(verdict.sustainable()).isTrue();
        assertThat(verdict.explain()).isEqualTo("sustainable");
    }

    @Test
    void paid_falling_more_than_five_percent_behind_the_placements_is_not_sustainable() {
        Sustainability.Verdict verdict = Sustainability.judge(100, 100, 94, lag(60, 40, 0), 5, 60);
        assertThat(verdict.paidKeptUp()).isFalse();
        assertThat(verdict.sustainable()).isFalse();
        assertThat(verdict.explain()).isEqualTo("no: PAID fell behind");
    }

    @Test
    void a_server_that_answers_fewer_placements_than_asked_is_not_sustainable_even_if_all_are_paid() {
        Sustainability.Verdict verdict = Sustainability.judge(400, 300, 300, lag(60, 40, 0), 5, 60);
        assertThat(verdict.placedKeptUp()).isFalse();
        assertThat(verdict.paidKeptUp()).isTrue();
        assertThat(verdict.sustainable()).isFalse();
    }

    @Test
    void a_backlog_growing_faster_than_five_percent_of_the_rate_per_second_is_unbounded() {
        Sustainability.Verdict growing = Sustainability.judge(100, 100, 100, lag(60, 0, 6), 5, 60);
        assertThat(growing.backlogGrowthPerSecond()).isCloseTo(6, within(1e-9));
        assertThat(growing.backlogBounded()).isFalse();
        assertThat(growing.explain()).isEqualTo("no: backlog grew");
        assertThat(Sustainability.judge(100, 100, 100, lag(60, 0, 4), 5, 60).backlogBounded()).isTrue();
    }

    @Test
    void the_backlog_is_judged_only_on_the_measured_part_of_the_phase_not_the_warm_up_or_the_drain() {
        List<LagSampler.Sample> samples = new ArrayList<>(lag(60, 10, 0));
        samples.add(0, new LagSampler.Sample(-1, 0, Map.of()));
        // the drain after the load: a steep fall that must not count
        samples.add(new LagSampler.Sample(61, 0, Map.of("ordering", 0L)));
        samples.set(1, new LagSampler.Sample(0, 500, Map.of("ordering", 500L)));
        assertThat(Sustainability.backlogGrowthPerSecond(samples, 5, 60)).isCloseTo(0, within(1e-9));
    }

    @Test
    void the_highest_sustainable_rate_is_the_highest_rate_that_held() {
        List<Sustainability.Verdict> verdicts = List.of(
                Sustainability.judge(25, 25, 25, lag(10, 5, 0), 0, 10),
                Sustainability.judge(50, 50, 50, lag(10, 5, 0), 0, 10),
                Sustainability.judge(100, 100, 60, lag(10, 5, 40), 0, 10));
        assertThat(Sustainability.highestSustainable(verdicts)).isEqualTo(50);
        assertThat(Sustainability.highestSustainable(verdicts.subList(2, 3))).isNaN();
    }
}
