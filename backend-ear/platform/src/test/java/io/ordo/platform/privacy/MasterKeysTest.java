package io.ordo.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class MasterKeysTest {

    private static String key(int fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void the_first_key_is_active_unless_another_is_named() {
        String spec = "2026a:" + key(1) + ", 2025b:" + key(2);

        assertThat(MasterKeys.parse(spec, null).activeId()).isEqualTo("2026a");
        assertThat(MasterKeys.parse(spec, "2025b").activeId()).isEqualTo("2025b");
        assertThat(MasterKeys.parse(spec, "2025b").byId("2026a")).isPresent();
        assertThat(MasterKeys.parse(spec, "").ids()).containsExactlyInAnyOrder("2026a", "2025b");
    }

    @Test
    void a_data_key_wrapped_by_a_retired_master_key_still_unwraps_while_it_is_configured() {
        MasterKeys before = MasterKeys.parse("old:" + key(1), null);
        MasterKeys rotated = MasterKeys.parse("new:" + key(2) + ",old:" + key(1), "new");
        byte[] dataKey = AesGcm.newKey().getEncoded();
        byte[] context = "ordo data key 1".getBytes();

        byte[] wrapped = AesGcm.seal(before.active(), dataKey, context);

        assertThat(AesGcm.open(rotated.byId("old").orElseThrow(), wrapped, context)).isEqualTo(dataKey);
        assertThatThrownBy(() -> AesGcm.open(rotated.active(), wrapped, context)).isInstanceOf(AesGcm.SealBroken.class);
    }

    @Test
    void a_bad_configuration_says_what_to_fix() {
        assertThatThrownBy(() -> MasterKeys.parse(null, null)).hasMessageContaining("ORDO_PRIVACY_MASTER_KEYS");
        assertThatThrownBy(() -> MasterKeys.parse("k1", null)).hasMessageContaining("id:base64-key");
        assertThatThrownBy(() -> MasterKeys.parse("k1:not base64!", null)).hasMessageContaining("not valid base64");
        assertThatThrownBy(() -> MasterKeys.parse("k1:" + Base64.getEncoder().encodeToString(new byte[16]), null))
                .hasMessageContaining("32 random bytes");
        assertThatThrownBy(() -> MasterKeys.parse("k1:" + key(1) + ",k1:" + key(2), null)).hasMessageContaining("twice");
        assertThatThrownBy(() -> MasterKeys.parse("k1:" + key(1), "k9")).hasMessageContaining("k9");
    }
}
