package io.ordo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class PgbenchTest {

    /** What pgbench 15 prints for a custom script. */
    private static final String OUTPUT = """
            pgbench (15.18 (Debian 15.18-0+deb12u1), server 16.10)
            transaction type: /tmp/insert-order.sql
            scaling factor: 1
            query mode: prepared
            number of clients: 8
            number of threads: 2
            maximum number of tries: 1
            duration: 8 s
            number of transactions actually processed: 14400
            number of failed transactions: 3 (0.021%)
            latency average = 4.444 ms
            initial connection time = 12.345 ms
            tps = 1800.123456 (without initial connection time)
            """;

    @Test
    void reads_transactions_per_second_without_connection_time_and_failures() throws IOException {
        Pgbench.Result result = Pgbench.parse(OUTPUT);
        assertThat(result.tps()).isEqualTo(1800.123456);
        assertThat(result.transactions()).isEqualTo(14400);
        assertThat(result.failed()).isEqualTo(3);
    }

    @Test
    void older_output_without_a_failure_line_counts_none() throws IOException {
        Pgbench.Result result = Pgbench.parse(OUTPUT.replace("number of failed transactions: 3 (0.021%)\n", ""));
        assertThat(result.failed()).isZero();
    }

    @Test
    void output_without_a_result_is_an_error_that_shows_it() {
        assertThatThrownBy(() -> Pgbench.parse("pgbench: error: connection to server failed"))
                .isInstanceOf(IOException.class).hasMessageContaining("connection to server failed");
    }
}
