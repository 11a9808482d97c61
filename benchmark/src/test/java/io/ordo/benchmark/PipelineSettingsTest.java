package io.ordo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PipelineSettingsTest {

    @Test
    void rates_are_read_from_a_comma_separated_list() {
        assertThat(PipelineBenchmark.rates("25, 50,100,12.5e1")).containsExactly(25.0, 50.0, 100.0, 125.0);
    }

    @Test
    void rates_that_do_not_increase_or_are_not_above_zero_are_refused_with_the_property_named() {
        assertThatThrownBy(() -> PipelineBenchmark.rates("50,25")).hasMessageContaining("ordo.bench.pipeline.rates must increase");
        assertThatThrownBy(() -> PipelineBenchmark.rates("0,25")).hasMessageContaining("above 0");
        assertThatThrownBy(() -> PipelineBenchmark.rates("")).hasMessageContaining("above 0");
    }

    @Test
    void fsync_is_on_or_off_and_nothing_else() {
        assertThat(BenchStack.Settings.fsync("on")).isTrue();
        assertThat(BenchStack.Settings.fsync("OFF")).isFalse();
        assertThat(BenchStack.Settings.fsync("")).isFalse();
        assertThatThrownBy(() -> BenchStack.Settings.fsync("sometimes")).hasMessageContaining("ordo.bench.fsync must be on or off");
    }
}
