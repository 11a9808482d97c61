package io.ordo.cli.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ordo.cli.command.Environment;
import io.ordo.cli.config.ConfigFolder;
import io.ordo.client.OrdoJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the session in {@code session.json} in the {@link ConfigFolder}. Its refresh token is as
 * good as the password until the session ends (8 hours), so only the owner may read the file or
 * list the folder.
 */
public final class SessionStore {

    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path folder;
    private final ObjectMapper json = OrdoJson.newObjectMapper();

    public SessionStore(Path folder) {
        this.folder = folder;
    }

    public static SessionStore in(Environment environment) {
        return new SessionStore(ConfigFolder.of(environment));
    }

    public Path file() {
        return folder.resolve("session.json");
    }

    /** The saved session; a missing or unreadable file is no session (sign in again). */
    public Optional<Session> load() {
        if (!Files.isRegularFile(file())) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file().toFile(), Session.class));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** Writes the session to a private temporary file first, so no reader ever sees it half written or open. */
    public void save(Session session) {
        try {
            Files.createDirectories(folder, ownerOnly(OWNER_FOLDER));
            Path temporary = Files.createTempFile(folder, "session", ".tmp", ownerOnly(OWNER_FILE));
            Files.write(temporary, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(session));
            Files.move(temporary, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the session in " + file() + ": " + e.getMessage(), e);
        }
    }

    /** Forgets the session; false when there was none. */
    public boolean delete() {
        try {
            return Files.deleteIfExists(file());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file() + ": " + e.getMessage(), e);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
    }
}
