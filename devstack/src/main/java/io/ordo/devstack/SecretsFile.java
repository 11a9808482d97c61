package io.ordo.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A properties file of generated secrets, readable by its owner only. A secret is generated the
 * first time it is asked for and then kept, so passwords handed to a database or baked into a
 * keystore stay valid across restarts.
 */
final class SecretsFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SecretsFile() {
    }

    /**
     * Reads {@code file}, generates every missing key, and writes the file back if anything was
     * added. Returns the secrets in the order of {@code keys}.
     */
    static Map<String, String> loadOrGenerate(Path file, String comment, Collection<String> keys) {
        return loadOrGenerate(file, comment, keys, Secrets::generate);
    }

    /** As above, with the secrets that are missing made by {@code generator}. */
    static Map<String, String> loadOrGenerate(Path file, String comment, Collection<String> keys,
                                              Supplier<String> generator) {
        try {
            Properties stored = read(file);
            boolean changed = false;
            Map<String, String> secrets = new LinkedHashMap<>();
            for (String key : keys) {
                String value = stored.getProperty(key);
                if (value == null || value.isBlank()) {
                    value = generator.get();
                    stored.setProperty(key, value);
                    changed = true;
                }
                secrets.put(key, value);
            }
            if (changed) {
                write(file, stored, comment);
            } else {
                restrictToOwner(file);
            }
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the secrets in " + file, e);
        }
    }

    static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    /** Written to a sibling created owner-only, then moved: the secret is never world-readable. */
    private static void write(Path file, Properties properties, String comment) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = isPosix()
                ? Files.createTempFile(directory, file.getFileName().toString(), ".tmp", ownerOnly())
                : Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, comment);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        restrictToOwner(file);
    }

    /** Also repairs a file whose permissions someone widened by hand. */
    private static void restrictToOwner(Path file) throws IOException {
        if (isPosix()) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    }
}
