package io.ordo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFoldersTest {

    @TempDir
    Path runs;

    @Test
    void ended_runs_are_deleted_live_ones_kept_and_this_run_starts_empty() throws Exception {
        long live = ProcessHandle.current().parent().orElseThrow().pid();
        Files.createDirectories(runs.resolve(Long.toString(live)).resolve("postgres"));
        Files.createDirectories(runs.resolve("999999999").resolve("liberty"));
        Files.createDirectories(runs.resolve(RunFolders.thisRun()).resolve("old"));
        Files.createDirectories(runs.resolve("not-a-run"));

        Path mine = RunFolders.forThisRun(runs);

        assertThat(mine).isEqualTo(runs.resolve(RunFolders.thisRun())).doesNotExist();
        assertThat(runs.resolve(Long.toString(live))).exists();
        assertThat(runs.resolve("999999999")).doesNotExist();
        assertThat(runs.resolve("not-a-run")).doesNotExist();
    }
}
