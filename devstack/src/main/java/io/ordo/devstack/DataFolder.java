package io.ordo.devstack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The folder a dev stack keeps its data in, held with an exclusive file lock for as long as the
 * stack runs. When another dev stack holds the preferred folder, a fresh temporary one is used
 * instead (and deleted on close), so running the command twice at once works: the second stack
 * simply starts empty, on other free ports.
 */
final class DataFolder implements AutoCloseable {

    static final String LOCK_FILE = "devstack.lock";

    private final Path path;
    private final Path preferred;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolder(Path path, Path preferred, FileChannel channel, FileLock lock) {
        this.path = path;
        this.preferred = preferred;
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolder acquire(Path preferred) throws IOException {
        Path folder = preferred.toAbsolutePath();
        DataFolder held = tryLock(folder, folder);
        if (held != null) {
            return held;
        }
        Path temporary = Files.createTempDirectory("ordo-dev-");
        DataFolder fallback = tryLock(temporary, folder);
        if (fallback == null) {
            throw new IOException("cannot lock the fresh folder " + temporary);
        }
        return fallback;
    }

    private static DataFolder tryLock(Path folder, Path preferred) throws IOException {
        if (!Files.exists(folder)) {
            Files.createDirectories(folder);
            if (SecretsFile.isPosix()) {
                // It holds the database, the broker's messages and the demo secrets.
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }
        FileChannel channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        return new DataFolder(folder, preferred, channel, lock);
    }

    Path path() {
        return path;
    }

    Path preferred() {
        return preferred;
    }

    /** True when another dev stack holds the preferred folder and this one runs in a temporary folder. */
    boolean isFallback() {
        return !path.equals(preferred);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
        if (isFallback()) {
            DirectoryTree.deleteIfExists(path);
        }
    }
}
