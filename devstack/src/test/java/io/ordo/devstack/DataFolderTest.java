package io.ordo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path home;

    @Test
    void a_free_data_folder_is_used_as_it_is() throws Exception {
        try (DataFolder folder = DataFolder.acquire(home)) {
            assertThat(folder.path()).isEqualTo(home);
            assertThat(folder.isFallback()).isFalse();
        }
        assertThat(home).exists();
    }

    @Test
    void a_second_main_gets_a_fresh_folder_while_another_process_holds_the_data_folder() throws Exception {
        Path preferred = Main.Options.parse(new String[] {"--data", home.toString()}, new Properties()).dataDirectory();
        Process otherStack = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                DataFolderHolder.class.getName(), preferred.toString())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(otherStack.getInputStream(), StandardCharsets.UTF_8));
            assertThat(output.readLine()).isEqualTo("holding " + preferred);

            Path fallback;
            try (DataFolder second = DataFolder.acquire(preferred)) {
                fallback = second.path();
                assertThat(second.isFallback()).isTrue();
                assertThat(second.preferred()).isEqualTo(preferred);
                assertThat(fallback).isNotEqualTo(preferred).isDirectory();
                assertThat(Banner.folderInUseWarning(second)).contains(preferred.toString(), fallback.toString());
            }
            assertThat(fallback).as("a temporary folder is deleted on close").doesNotExist();
        } finally {
            otherStack.getOutputStream().close();
            assertThat(otherStack.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }

        try (DataFolder afterwards = DataFolder.acquire(preferred)) {
            assertThat(afterwards.isFallback()).as("free again once the other stack is gone").isFalse();
        }
    }

    @Test
    void two_stacks_in_one_jvm_do_not_share_a_folder_either() throws Exception {
        try (DataFolder first = DataFolder.acquire(home); DataFolder second = DataFolder.acquire(home)) {
            assertThat(first.isFallback()).isFalse();
            assertThat(second.isFallback()).isTrue();
        }
    }
}
