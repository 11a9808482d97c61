package io.ordo.sandbox.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaultPolicyTest {

    @ParameterizedTest
    @CsvSource({
            "decline, DECLINE, 0",
            "fail, FAIL, 0",
            "slow=250, SLOW, 250",
            "' slow=0 ', SLOW, 0",
            "timeout, TIMEOUT, 60000",
            "crash-after-commit, CRASH_AFTER_COMMIT, 0"})
    void readsTheRequestHeader(String header, Fault.Kind kind, long delayMs) {
        Fault fault = new FaultPolicy(Behaviour.normal()).decide(header);

        assertThat(fault).isEqualTo(new Fault(kind, Duration.ofMillis(delayMs)));
    }

    @Test
    void theHeaderWinsOverTheGlobalMode() {
        FaultPolicy policy = new FaultPolicy(new Behaviour(Mode.FAIL, Duration.ZERO, 0, 1));

        assertThat(policy.decide("slow=5").kind()).isEqualTo(Fault.Kind.SLOW);
        assertThat(policy.decide(null).kind()).isEqualTo(Fault.Kind.FAIL);
    }

    @Test
    void globalModesMapToFaults() {
        FaultPolicy policy = new FaultPolicy(new Behaviour(Mode.SLOW, Duration.ofMillis(80), 0, 1));
        assertThat(policy.decide(null)).isEqualTo(new Fault(Fault.Kind.SLOW, Duration.ofMillis(80)));

        policy.change(new Behaviour(Mode.TIMEOUT, Duration.ofMillis(80), 0, 1));
        assertThat(policy.decide(null)).isEqualTo(new Fault(Fault.Kind.TIMEOUT, Fault.TIMEOUT_HOLD));

        policy.change(Behaviour.normal());
        assertThat(policy.decide(null)).isEqualTo(Fault.none());
    }

    @Test
    void flakyFailsAsTheSeededRandomSays() {
        FaultPolicy policy = new FaultPolicy(new Behaviour(Mode.FLAKY, Duration.ZERO, 0.3, 123));
        Random expected = new Random(123);

        for (int i = 0; i < 100; i++) {
            Fault.Kind kind = expected.nextDouble() < 0.3 ? Fault.Kind.FAIL : Fault.Kind.NONE;
            assertThat(policy.decide(null).kind()).as("request %d", i).isEqualTo(kind);
        }
    }

    @Test
    void flakyAtTheEdgesNeverOrAlwaysFails() {
        FaultPolicy never = new FaultPolicy(new Behaviour(Mode.FLAKY, Duration.ZERO, 0, 1));
        FaultPolicy always = new FaultPolicy(new Behaviour(Mode.FLAKY, Duration.ZERO, 1, 1));

        for (int i = 0; i < 50; i++) {
            assertThat(never.decide(null).kind()).isEqualTo(Fault.Kind.NONE);
            assertThat(always.decide(null).kind()).isEqualTo(Fault.Kind.FAIL);
        }
    }

    @Test
    void refusesAnUnknownHeader() {
        FaultPolicy policy = new FaultPolicy(Behaviour.normal());

        assertThatThrownBy(() -> policy.decide("Decline")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.decide("slow=1.5")).isInstanceOf(IllegalArgumentException.class);
    }
}
