package io.ordo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OrderFlowTest {

    @Test
    void backlog_is_told_in_seconds_of_the_events_written_during_the_phase() {
        OrderFlow.Figures figures = new OrderFlow.Figures(10, 1000, 5000, 4000, 250, 0.4, 20, 60, 3);
        assertThat(figures.orderRate()).isEqualTo(100);
        assertThat(figures.eventRate()).isEqualTo(500);
        assertThat(figures.drainRate()).isEqualTo(400);
        assertThat(figures.backlogSeconds()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void no_events_means_no_backlog_time() {
        assertThat(new OrderFlow.Figures(10, 0, 0, 0, 0, 0, 0, 0, 0).backlogSeconds()).isZero();
    }
}
