package io.ordo.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The Containerfile is one Open Liberty expects, runs unprivileged and bakes in no secret; and,
 * when the build staged an image context ({@code -Pcontainer-context}), that context holds
 * every file the Containerfile copies and server.xml's libraries point at, and nothing secret.
 * There is no container engine here: this is what can be checked without one.
 */
class ContainerContextTest {

    static final String CONTAINERFILE = "deploy/container/Containerfile";

    private static final Pattern COPY = Pattern.compile("(?m)^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+(\\S+)\\s*$");

    @Test
    void builds_on_the_open_liberty_image_of_the_runtime_the_build_tests() {
        String containerfile = Repository.read(CONTAINERFILE);
        Matcher version = Pattern.compile("<liberty.runtime.version>([^<]+)<").matcher(Repository.read("pom.xml"));
        assertThat(version.find()).isTrue();
        assertThat(containerfile).containsPattern("(?m)^ARG LIBERTY_IMAGE=icr\\.io/appcafe/open-liberty:"
                + Pattern.quote(version.group(1)) + "-\\S+-java17-\\S+$");
        assertThat(containerfile).containsPattern("(?m)^FROM \\$\\{LIBERTY_IMAGE}$");
        // features.sh needs server.xml in place; configure.sh comes last, after the application.
        assertThat(containerfile.indexOf("COPY --chown=1001:0 config/server.xml"))
                .isLessThan(containerfile.indexOf("RUN features.sh"));
        assertThat(containerfile.lastIndexOf("COPY ")).isLessThan(containerfile.indexOf("RUN configure.sh"));
    }

    @Test
    void runs_as_a_user_that_is_not_root_and_keeps_no_secret() {
        String containerfile = Repository.read(CONTAINERFILE);
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(containerfile);
        String last = null;
        while (user.find()) {
            last = user.group(1);
        }
        assertThat(last).as("the last USER").isNotNull().isNotIn("0", "root", "0:0");
        assertThat(containerfile).doesNotContainPattern("(?im)^(ENV|ARG)\\s+[^\\n]*(PASSWORD|SECRET|_KEY|TOKEN)");
        for (String source : copySources()) {
            assertThat(source).as("COPY from the staged context only").matches("config/[A-Za-z0-9_./-]+");
        }
    }

    @Test
    void the_libraries_server_xml_expects_are_copied_where_it_looks() {
        List<String> sources = copySources();
        for (String directory : libraryDirectories()) {
            assertThat(sources).as("server.xml reads %s", directory).anyMatch(source -> source.startsWith("config/" + directory));
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "ordo.container.context", matches = ".+")
    void the_staged_context_holds_everything_the_containerfile_copies() throws IOException {
        Path context = Path.of(System.getProperty("ordo.container.context"));
        assertThat(context.resolve("Containerfile")).hasSameTextualContentAs(Repository.file(CONTAINERFILE));
        for (String source : copySources()) {
            Path staged = context.resolve(source);
            assertThat(staged).as(source).exists();
            if (Files.isDirectory(staged)) {
                try (Stream<Path> files = Files.list(staged)) {
                    assertThat(files.count()).as(source + " has files").isPositive();
                }
            } else {
                assertThat(Files.size(staged)).as(source).isPositive();
            }
        }
        assertThat(context.resolve("config/lib/hibernate")).isDirectoryContaining("glob:**/hibernate-core-*.jar");
        assertThat(context.resolve("config/lib/jdbc")).isDirectoryContaining("glob:**/postgresql-*.jar");
        assertThat(context.resolve("config/server.xml")).hasSameTextualContentAs(Repository.file(ConfiguredSettings.SERVER_XML));

        // The assembled server's server.env holds a generated keystore password: never in an image.
        try (Stream<Path> files = Files.walk(context)) {
            List<String> names = files.map(file -> file.getFileName().toString()).toList();
            assertThat(names).doesNotContain("server.env", "bootstrap.properties", "key.p12", "key.jks");
        }
    }

    private static List<String> copySources() {
        List<String> sources = new ArrayList<>();
        Matcher copy = COPY.matcher(Repository.read(CONTAINERFILE));
        while (copy.find()) {
            sources.add(copy.group(1));
        }
        assertThat(sources).as("COPY instructions").isNotEmpty();
        return sources;
    }

    /** The library folders server.xml's filesets name, relative to the server's config folder. */
    private static List<String> libraryDirectories() {
        Matcher fileset = Pattern.compile("<fileset\\s+dir=\"\\$\\{server\\.config\\.dir}/([^\"]+)\"")
                .matcher(Repository.read(ConfiguredSettings.SERVER_XML));
        List<String> directories = new ArrayList<>();
        while (fileset.find()) {
            directories.add(fileset.group(1));
        }
        assertThat(directories).as("server.xml's library folders").contains("lib/hibernate", "lib/jdbc");
        return directories;
    }
}
