package io.ordo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiResultsTest {

    private static final ProcessSampler.Usage IDLE = new ProcessSampler.Usage(0, 0, 0, 0, 0, 0);

    @Test
    void ratios_pair_each_round_with_the_ceiling_of_the_same_round() {
        ApiResults results = new ApiResults(3, 8, 20, 16, 8, 32, Map.of());
        double[] ceiling = {1000, 2000, 1000};
        double[] endpoint = {500, 1200, 700};
        for (int round = 0; round < 3; round++) {
            results.throughput(ApiBenchmark.C_HTTP, round + 1, ceiling[round], IDLE);
            results.throughput(ApiBenchmark.GET_ORDER, round + 1, endpoint[round], IDLE);
        }
        Stats.Spread ratio = results.ratio(ApiBenchmark.GET_ORDER, ApiBenchmark.C_HTTP);
        assertThat(ratio.median()).isCloseTo(0.6, within(1e-9));
        assertThat(ratio.min()).isCloseTo(0.5, within(1e-9));
        assertThat(ratio.max()).isCloseTo(0.7, within(1e-9));
        assertThat(results.maxThroughput(ApiBenchmark.C_HTTP).median()).isEqualTo(1000);
    }
}
