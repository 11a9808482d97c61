package io.ordo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LagSamplerTest {

    @Test
    void the_backlog_is_the_unpublished_outbox_plus_every_queue() {
        Map<String, Long> queues = new LinkedHashMap<>();
        queues.put("ordering", 3L);
        queues.put("reporting", 40L);
        assertThat(new LagSampler.Sample(1, 7, queues).backlog()).isEqualTo(50);
        assertThat(new LagSampler.Sample(1, 0, Map.of()).backlog()).isZero();
    }

    @Test
    void peak_lag_is_kept_per_stage_over_the_phase_and_its_drain() {
        PipelineResults.RatePhase phase = phase(List.of(
                new LagSampler.Sample(0, 5, Map.of("ordering", 1L, "reporting", 10L)),
                new LagSampler.Sample(1, 2, Map.of("ordering", 4L, "reporting", 30L)),
                new LagSampler.Sample(2, 0, Map.of("ordering", 0L, "reporting", 0L))), 1.5);
        assertThat(phase.peakLag()).containsEntry("outbox", 5L).containsEntry("ordering", 4L).containsEntry("reporting", 30L);
        assertThat(phase.backlogAtLoadEnd()).isEqualTo(36);
    }

    private static PipelineResults.RatePhase phase(List<LagSampler.Sample> lag, double loadEnd) {
        LatencySamples placements = LatencySamples.parse(List.of("201 1000"), 1);
        return new PipelineResults.RatePhase(1, placements, 1, TimeToPaid.of(new long[] {1}, 0), lag, 0, loadEnd, 1,
                new ProcessSampler.Usage(0, 0, 0, 0, 0, 0), 0, 0, Sustainability.judge(1, 1, 1, lag, 0, loadEnd));
    }
}
