package io.ordo.devstack;

import java.nio.file.Path;

/**
 * Another dev stack, as far as the lock is concerned: holds a data folder from a separate JVM
 * until its standard input closes.
 */
public final class DataFolderHolder {

    private DataFolderHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (DataFolder folder = DataFolder.acquire(Path.of(args[0]))) {
            System.out.println("holding " + folder.path());
            System.out.flush();
            while (System.in.read() != -1) {
                // hold until the test closes our input
            }
        }
    }
}
