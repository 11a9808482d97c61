package io.ordo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting and stopping against a stand-in {@code bin/server} script: fast, and it can fail in
 * ways a real Liberty does. The real server is started by {@code LibertyInstanceRealStartTest}.
 */
@DisabledOnOs(OS.WINDOWS)
class LibertyInstanceStartTest {

    @TempDir
    Path wlpHome;
    @TempDir
    Path instance;

    @BeforeEach
    void a_built_server() throws IOException {
        Path server = Files.createDirectories(wlpHome.resolve("usr/servers/ordo"));
        Files.writeString(server.resolve("server.xml"), "<server/>");
        LibertyInstance.prepare(wlpHome, instance, Map.of(), null);
    }

    @Test
    void an_application_that_fails_to_start_fails_the_start_at_once_and_nothing_is_left_running() throws Exception {
        // Like Liberty: the server keeps running (with a child process) after the application failed.
        serverScript("""
                if [ "$1" = stop ]; then kill "$(cat "$WLP_OUTPUT_DIR/run.pid")"; exit 0; fi
                echo $$ > "$WLP_OUTPUT_DIR/run.pid"
                sleep 600 &
                echo $! > "$WLP_OUTPUT_DIR/child.pid"
                echo '[ERROR   ] SRVE0283E: Exception caught while initializing context: FlywayValidateException: checksum mismatch'
                for i in 1 2 3 4 5 6 7 8 9 10; do echo "  at stack.frame$i"; done
                echo '[AUDIT   ] CWWKZ0012I: The application ordo was not started.'
                wait
                """);
        LibertyInstance liberty = new LibertyInstance(wlpHome, instance, FreePorts.pick());
        Instant started = Instant.now();

        assertThatThrownBy(liberty::start)
                .isInstanceOf(IOException.class)
                .hasMessageContaining("the application did not")
                .hasMessageContaining("FlywayValidateException: checksum mismatch")
                .hasMessageContaining("CWWKZ0012I");

        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(30));
        assertThat(liberty.isRunning()).isFalse();
        long child = Long.parseLong(Files.readString(instance.resolve("output/child.pid")).trim());
        await().atMost(Duration.ofSeconds(15)).until(() -> ProcessHandle.of(child).map(p -> !p.isAlive()).orElse(true));
    }

    @Test
    void a_server_that_never_gets_ready_is_given_up_after_the_timeout_and_stopped() throws Exception {
        serverScript("""
                if [ "$1" = stop ]; then kill "$(cat "$WLP_OUTPUT_DIR/run.pid")"; exit 0; fi
                echo $$ > "$WLP_OUTPUT_DIR/run.pid"
                echo "starting slowly with JAVA_HOME=$JAVA_HOME"
                sleep 600 &
                wait
                """);
        LibertyInstance liberty = new LibertyInstance(wlpHome, instance, FreePorts.pick()).startTimeout(Duration.ofSeconds(3));

        assertThatThrownBy(liberty::start)
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not ready at http://localhost:" + liberty.httpPort() + "/health/ready within 3 s")
                .hasMessageContaining("starting slowly with JAVA_HOME=" + Path.of(System.getProperty("java.home")));
        assertThat(liberty.isRunning()).isFalse();
        assertThat(liberty.consoleLogFile()).content().contains("starting slowly");
    }

    @Test
    void a_killed_server_and_its_children_are_gone_at_once_without_a_stop_and_it_starts_again_on_the_same_port()
            throws Exception {
        // Ignores SIGTERM, as a server busy shutting down would: only SIGKILL ends it at once.
        serverScript("""
                if [ "$1" = stop ]; then echo "$1" >> "$WLP_OUTPUT_DIR/stop-commands"; exit 0; fi
                trap '' TERM
                echo $$ >> "$WLP_OUTPUT_DIR/pids"
                sleep 600 &
                echo $! >> "$WLP_OUTPUT_DIR/pids"
                echo "running as $$"
                wait
                """);
        int port = FreePorts.pick();
        HttpServer readiness = readyOn(port);
        LibertyInstance liberty = new LibertyInstance(wlpHome, instance, port);
        try {
            liberty.start();
            List<Long> firstRun = pids();

            liberty.kill();

            assertThat(liberty.isRunning()).isFalse();
            assertThat(firstRun).hasSize(2).noneMatch(LibertyInstanceStartTest::alive);
            assertThat(instance.resolve("output/stop-commands")).as("no graceful stop was asked for").doesNotExist();

            liberty.start();

            assertThat(liberty.isRunning()).isTrue();
            assertThat(liberty.httpPort()).isEqualTo(port);
            List<Long> secondRun = pids().subList(2, 4);
            assertThat(secondRun).allMatch(LibertyInstanceStartTest::alive);
            assertThat(liberty.consoleLogFile()).content().contains("running as " + secondRun.get(0));
        } finally {
            liberty.kill();
            readiness.stop(0);
        }
        assertThat(pids()).noneMatch(LibertyInstanceStartTest::alive);
    }

    @Test
    void killing_a_server_that_is_not_running_does_nothing() throws Exception {
        LibertyInstance liberty = new LibertyInstance(wlpHome, instance, FreePorts.pick());

        liberty.kill();

        assertThat(liberty.isRunning()).isFalse();
    }

    /** Plays the server's readiness endpoint, which a stand-in script cannot serve. */
    private static HttpServer readyOn(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/health/ready", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private List<Long> pids() throws IOException {
        return Files.readAllLines(instance.resolve("output/pids")).stream().map(Long::parseLong).toList();
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private void serverScript(String body) throws IOException {
        Path script = Files.createDirectories(wlpHome.resolve("bin")).resolve("server");
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    }
}
