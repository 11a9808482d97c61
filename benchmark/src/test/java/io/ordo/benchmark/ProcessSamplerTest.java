package io.ordo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessSamplerTest {

    @Test
    void cpu_times_are_read_after_the_command_name_even_when_it_holds_spaces_and_parentheses() {
        String stat = "4242 (java (liberty) x) S 1 4242 4242 0 -1 4194560 9000 0 0 0 1500 250 30 7 20 0 90 0 123 "
                + "4000000000 100000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";
        assertThat(ProcessSampler.parseStat(stat)).containsExactly(1500, 250, 30, 7);
    }

    @Test
    void resident_memory_is_read_in_kib_from_status() {
        assertThat(ProcessSampler.parseRssKib(List.of("Name:\tjava", "VmPeak:\t 999 kB", "VmRSS:\t  524288 kB", "Threads:\t90")))
                .isEqualTo(524288);
        assertThat(ProcessSampler.parseRssKib(List.of("Name:\tzombie"))).isZero();
    }

    @Test
    void machine_busy_time_leaves_out_idle_and_iowait() {
        List<String> stat = List.of("cpu  100 5 50 1000 40 3 2 1 0 0", "cpu0 50 2 25 500 20 1 1 0 0 0");
        assertThat(ProcessSampler.machineBusyTicks(stat)).isEqualTo(100 + 5 + 50 + 3 + 2 + 1);
    }

    @Test
    void other_work_is_what_the_machine_did_beyond_the_measured_processes_and_never_negative() {
        assertThat(new ProcessSampler.Usage(0.8, 0.5, 0.2, 0.1, 1.9, 400).otherCores()).isCloseTo(0.3, within(1e-9));
        assertThat(new ProcessSampler.Usage(0.8, 0.5, 0.2, 0.1, 1.5, 400).otherCores()).isZero();
    }
}
