package io.ordo.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Data folders of test runs that start their own stack: one per run, named after its process id,
 * so runs on one machine never share data. Each run keeps its folder for a look at the logs after
 * a failure; the next run deletes the folders of runs that have ended, so only the last stays.
 */
public final class RunFolders {

    private RunFolders() {
    }

    /** The process id that names this run's folder. */
    public static String thisRun() {
        return Long.toString(ProcessHandle.current().pid());
    }

    /**
     * This run's folder under {@code runs}, empty, after deleting the folders of ended runs (a
     * folder named after this process is an earlier run's whose id came round again).
     */
    public static Path forThisRun(Path runs) throws IOException {
        String run = thisRun();
        if (Files.isDirectory(runs)) {
            try (Stream<Path> folders = Files.list(runs)) {
                for (Path folder : folders.toList()) {
                    if (!stillRunning(folder.getFileName().toString(), run)) {
                        DirectoryTree.deleteIfExists(folder);
                    }
                }
            }
        }
        return runs.resolve(run);
    }

    private static boolean stillRunning(String name, String thisRun) {
        return !name.equals(thisRun) && name.matches("\\d{1,18}")
                && ProcessHandle.of(Long.parseLong(name)).map(ProcessHandle::isAlive).orElse(false);
    }
}
