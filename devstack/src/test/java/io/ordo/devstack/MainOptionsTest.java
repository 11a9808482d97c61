package io.ordo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class MainOptionsTest {

    @Test
    void the_data_folder_defaults_to_ordo_dev_in_the_home_folder() {
        Properties system = properties("user.home", "/home/dev");

        assertThat(Main.Options.parse(new String[0], system).dataDirectory()).isEqualTo(Path.of("/home/dev/.ordo/dev"));
    }

    @Test
    void the_data_folder_can_be_moved_by_property_and_by_option_which_wins() {
        Properties system = properties("user.home", "/home/dev", "ordo.dev.home", "/srv/ordo");

        assertThat(Main.Options.parse(new String[0], system).dataDirectory()).isEqualTo(Path.of("/srv/ordo"));
        assertThat(Main.Options.parse(new String[] {"--data", "/tmp/x"}, system).dataDirectory()).isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void the_liberty_runtime_and_the_ear_come_from_the_maven_profile_properties() {
        Properties system = properties("user.home", "/home/dev",
                "ordo.wlp.home", "/repo/liberty/target/liberty/wlp", "ordo.ear", "/repo/backend-ear/ear/target/ordo.ear");

        Main.Options options = Main.Options.parse(new String[] {"--no-liberty"}, system);

        assertThat(options.wlpHome()).isEqualTo(Path.of("/repo/liberty/target/liberty/wlp"));
        assertThat(options.ear()).isEqualTo(Path.of("/repo/backend-ear/ear/target/ordo.ear"));
        assertThat(options.startLiberty()).isFalse();
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        assertThatThrownBy(() -> Main.Options.parse(new String[] {"--dta", "x"}, properties()))
                .hasMessage("unknown option --dta");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = new Main(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"--dta"});

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --dta", "Usage:");
    }

    private static Properties properties(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }
}
