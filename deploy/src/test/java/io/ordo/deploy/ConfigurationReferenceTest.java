package io.ordo.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** docs/configuration.md stays true to what the server really reads. */
class ConfigurationReferenceTest {

    private final ConfigurationReference reference = ConfigurationReference.load();

    @Test
    void every_setting_the_code_and_server_xml_read_is_documented() {
        Map<String, String> settings = ConfiguredSettings.all();
        assertThat(settings).as("settings found in the code (the finder itself works)")
                .containsKeys("ordo.db.host", "ordo.keystore.password", "ordo.amqp.host", "ordo.gateway.url",
                        "ordo.inventory.import-max-bytes", "mp.messaging.incoming.ordering.address");

        Map<String, String> undocumented = new TreeMap<>(settings);
        undocumented.keySet().removeIf(reference::documents);
        assertThat(undocumented)
                .as("settings read by the server but missing from %s (name -> where it is read); add a row"
                        + " `name` | `ENV_NAME` | default | what it does", ConfigurationReference.PATH)
                .isEmpty();
    }

    @Test
    void every_ordo_setting_names_the_environment_variable_that_overrides_it() {
        Map<String, String> missing = new TreeMap<>();
        reference.rows().forEach((setting, variable) -> {
            if (setting.startsWith("ordo.") && variable == null) {
                missing.put(setting, ConfigurationReference.environmentName(setting));
            }
        });
        assertThat(missing).as("rows without their environment variable (setting -> expected variable)").isEmpty();
    }

    @Test
    void documented_environment_variables_follow_the_mapping_of_their_setting() {
        Map<String, String> wrong = new TreeMap<>();
        reference.rows().forEach((setting, variable) -> {
            if (variable != null && setting.contains(".")
                    && !variable.equals(ConfigurationReference.environmentName(setting))) {
                wrong.put(setting, variable + " (should be " + ConfigurationReference.environmentName(setting) + ")");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_environment_name_mapping_is_the_one_of_microprofile_config_and_liberty() {
        assertThat(ConfigurationReference.environmentName("ordo.db.host")).isEqualTo("ORDO_DB_HOST");
        assertThat(ConfigurationReference.environmentName("ordo.jwt.jwks-uri")).isEqualTo("ORDO_JWT_JWKS_URI");
        assertThat(ConfigurationReference.environmentName("mp.messaging.connector.smallrye-amqp.use-ssl"))
                .isEqualTo("MP_MESSAGING_CONNECTOR_SMALLRYE_AMQP_USE_SSL");
    }
}
