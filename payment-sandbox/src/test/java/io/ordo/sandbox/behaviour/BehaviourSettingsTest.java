package io.ordo.sandbox.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BehaviourSettingsTest {

    @Test
    void everySettingIsOptional() {
        Behaviour behaviour = BehaviourSettings.from(name -> null);

        assertThat(behaviour.mode()).isEqualTo(Mode.NORMAL);
        assertThat(behaviour.delay()).isEqualTo(Behaviour.DEFAULT_DELAY);
        assertThat(behaviour.failureRate()).isEqualTo(Behaviour.DEFAULT_FAILURE_RATE);
    }

    @Test
    void readsEverySetting() {
        Map<String, String> settings = Map.of("mode", "timeout", "delay-ms", "1500", "failure-rate", "0.1", "seed", "-4");

        Behaviour behaviour = BehaviourSettings.from(settings::get);

        assertThat(behaviour).isEqualTo(new Behaviour(Mode.TIMEOUT, Duration.ofMillis(1500), 0.1, -4));
    }

    @Test
    void refusesBadValuesNamingTheSetting() {
        assertThatThrownBy(() -> BehaviourSettings.from(Map.of("delay-ms", "soon")::get)).hasMessageContaining("delay-ms");
        assertThatThrownBy(() -> BehaviourSettings.from(Map.of("failure-rate", "2")::get)).hasMessageContaining("failureRate");
        assertThatThrownBy(() -> BehaviourSettings.from(Map.of("failure-rate", "NaN")::get)).hasMessageContaining("failureRate");
        assertThatThrownBy(() -> BehaviourSettings.from(Map.of("mode", "FAIL")::get)).hasMessageContaining("FAIL");
    }
}
