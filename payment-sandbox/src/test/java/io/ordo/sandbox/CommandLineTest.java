package io.ordo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordo.sandbox.behaviour.Mode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void defaultsToLoopbackAndNormalBehaviour() {
        CommandLine options = CommandLine.parse();

        assertThat(options.host()).isEqualTo("127.0.0.1");
        assertThat(options.port()).isEqualTo(8089);
        assertThat(options.behaviour().mode()).isEqualTo(Mode.NORMAL);
        assertThat(options.helpRequested()).isFalse();
    }

    @Test
    void readsEveryOptionInBothSpellings() {
        CommandLine options = CommandLine.parse("--host", "0.0.0.0", "--port=0", "--mode", "flaky",
                "--delay-ms=150", "--failure-rate", "0.2", "--seed", "9");

        assertThat(options.host()).isEqualTo("0.0.0.0");
        assertThat(options.port()).isZero();
        assertThat(options.behaviour().mode()).isEqualTo(Mode.FLAKY);
        assertThat(options.behaviour().delay()).isEqualTo(Duration.ofMillis(150));
        assertThat(options.behaviour().failureRate()).isEqualTo(0.2);
        assertThat(options.behaviour().seed()).isEqualTo(9);
    }

    @Test
    void flagsWinOverSystemProperties() {
        System.setProperty("ordo.sandbox.mode", "fail");
        System.setProperty("ordo.sandbox.delay-ms", "700");
        try {
            CommandLine options = CommandLine.parse("--mode", "slow");

            assertThat(options.behaviour().mode()).isEqualTo(Mode.SLOW);
            assertThat(options.behaviour().delay()).isEqualTo(Duration.ofMillis(700));
        } finally {
            System.clearProperty("ordo.sandbox.mode");
            System.clearProperty("ordo.sandbox.delay-ms");
        }
    }

    @Test
    void refusesWhatItDoesNotUnderstand() {
        assertThatThrownBy(() -> CommandLine.parse("--colour", "red")).hasMessageContaining("--colour");
        assertThatThrownBy(() -> CommandLine.parse("--port")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> CommandLine.parse("--port", "70000")).hasMessageContaining("0 to 65535");
        assertThatThrownBy(() -> CommandLine.parse("--mode", "chaos")).hasMessageContaining("chaos");
        assertThatThrownBy(() -> CommandLine.parse("--failure-rate", "lots")).hasMessageContaining("lots");
        assertThatThrownBy(() -> CommandLine.parse("8089")).hasMessageContaining("8089");
    }

    @Test
    void helpWinsOverEverythingElse() {
        assertThat(CommandLine.parse("--port", "1", "--help").helpRequested()).isTrue();
    }
}
