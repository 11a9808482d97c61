package io.ordo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LibertyInstancePrepareTest {

    @TempDir
    Path wlpHome;
    @TempDir
    Path instance;

    Path template;

    @BeforeEach
    void a_built_server() throws IOException {
        template = Files.createDirectories(wlpHome.resolve("usr/servers/ordo"));
        Files.writeString(template.resolve("server.xml"), "<server/>");
        Files.writeString(template.resolve("jvm.options"), "-Xmx1g");
        write(template.resolve("lib/jdbc/postgresql.jar"), "jar");
        write(template.resolve("workarea/.sRunning"), "left by a run in place");
        write(template.resolve("logs/messages.log"), "left by a run in place");
        write(template.resolve("dropins/stale.war"), "deployed by hand");
        write(wlpHome.resolve("usr/shared/resources/shared.txt"), "shared");
    }

    @Test
    void the_user_directory_is_a_copy_of_the_built_server_without_its_runtime_leftovers() throws IOException {
        Path usr = LibertyInstance.prepare(wlpHome, instance, Map.of("ordo.http.port", "9999"), null);

        assertThat(usr).isEqualTo(instance.resolve("usr"));
        Path server = usr.resolve("servers/ordo");
        assertThat(server.resolve("server.xml")).hasContent("<server/>");
        assertThat(server.resolve("jvm.options")).hasContent("-Xmx1g");
        assertThat(server.resolve("lib/jdbc/postgresql.jar")).exists();
        assertThat(usr.resolve("shared/resources/shared.txt")).hasContent("shared");
        assertThat(server.resolve("workarea")).doesNotExist();
        assertThat(server.resolve("logs")).doesNotExist();
        assertThat(server.resolve("dropins")).isEmptyDirectory();
    }

    @Test
    void variables_are_written_escaped_one_per_entry() throws Exception {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("ordo.db.password", "a&b<c>\"d'e");
        variables.put("ordo.http.port", "12345");

        Path usr = LibertyInstance.prepare(wlpHome, instance, variables, null);

        Path overrides = usr.resolve("servers/ordo/configDropins/overrides/devstack.xml");
        assertThat(overrides).content().contains("value=\"a&amp;b&lt;c&gt;&quot;d&apos;e\"");
        assertThat(parsedVariables(overrides)).containsExactlyEntriesOf(variables);
    }

    @Test
    void the_ear_is_dropped_in_as_ordo_ear() throws IOException {
        Path ear = write(wlpHome.resolve("build/ordo-ear-0.1.ear"), "ear bytes");

        Path usr = LibertyInstance.prepare(wlpHome, instance, Map.of(), ear);

        assertThat(usr.resolve("servers/ordo/dropins/ordo.ear")).hasContent("ear bytes");
    }

    @Test
    void each_prepare_starts_from_the_current_build_and_keeps_the_instance_output() throws IOException {
        LibertyInstance.prepare(wlpHome, instance, Map.of(), null);
        write(instance.resolve("usr/servers/ordo/dropins/old.ear"), "from the last start");
        write(instance.resolve("output/ordo/logs/messages.log"), "last start's log");
        Files.writeString(template.resolve("server.xml"), "<server description=\"rebuilt\"/>");

        Path usr = LibertyInstance.prepare(wlpHome, instance, Map.of(), null);

        assertThat(usr.resolve("servers/ordo/server.xml")).hasContent("<server description=\"rebuilt\"/>");
        assertThat(usr.resolve("servers/ordo/dropins/old.ear")).doesNotExist();
        assertThat(instance.resolve("output/ordo/logs/messages.log")).exists();
    }

    @Test
    void a_server_that_was_not_built_is_reported_with_the_command_that_builds_it() {
        assertThatThrownBy(() -> LibertyInstance.prepare(instance.resolve("nowhere"), instance, Map.of(), null))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("./mvnw -pl liberty -am package");
    }

    @Test
    void the_keystore_password_is_kept_and_a_new_one_throws_the_old_keystore_away() throws IOException {
        Path keystore = write(instance.resolve("output/ordo/resources/security/key.p12"), "made with a lost password");

        String password = LibertyInstance.keystorePassword(instance);
        assertThat(keystore).doesNotExist();

        write(keystore, "made with the kept password");
        assertThat(LibertyInstance.keystorePassword(instance)).isEqualTo(password);
        assertThat(keystore).exists();
    }

    private static Map<String, String> parsedVariables(Path overrides) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(overrides.toFile());
        NodeList nodes = document.getElementsByTagName("variable");
        Map<String, String> parsed = new LinkedHashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element variable = (Element) nodes.item(i);
            parsed.put(variable.getAttribute("name"), variable.getAttribute("value"));
        }
        return parsed;
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
