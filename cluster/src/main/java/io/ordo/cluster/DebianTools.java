package io.ordo.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The programs of the host that the local cluster runs besides its Java pieces: PostgreSQL with
 * {@code pg_basebackup} (the embedded binaries of the dev stack have no replication tools) and
 * HAProxy. Found on Debian's paths, or where {@code ordo.cluster.pg-bin} and
 * {@code ordo.cluster.haproxy} point; missing ones fail with the packages to install.
 */
final class DebianTools {

    static final String PACKAGES_HINT = "install them with: sudo apt-get install -y postgresql haproxy"
            + " (or point -Dordo.cluster.pg-bin at a PostgreSQL bin folder and -Dordo.cluster.haproxy at haproxy)";

    private static final List<String> POSTGRES_PROGRAMS = List.of("initdb", "pg_ctl", "pg_basebackup", "postgres");

    private final Path postgresBin;
    private final Path haproxy;

    private DebianTools(Path postgresBin, Path haproxy) {
        this.postgresBin = postgresBin;
        this.haproxy = haproxy;
    }

    /** @throws IllegalStateException naming the Debian packages when a program is missing */
    static DebianTools find() {
        List<String> missing = new ArrayList<>();
        Optional<Path> bin = postgresBin();
        if (bin.isEmpty()) {
            missing.add("PostgreSQL server programs " + POSTGRES_PROGRAMS + " (Debian package postgresql)");
        }
        Optional<Path> haproxy = findHaproxy();
        if (haproxy.isEmpty()) {
            missing.add("haproxy (Debian package haproxy)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the local cluster needs programs this machine lacks: "
                    + String.join(", ", missing) + "; " + PACKAGES_HINT);
        }
        return new DebianTools(bin.get(), haproxy.get());
    }

    private static Optional<Path> postgresBin() {
        String configured = System.getProperty("ordo.cluster.pg-bin");
        Stream<Path> candidates;
        if (configured != null) {
            candidates = Stream.of(Path.of(configured));
        } else {
            Path debian = Path.of("/usr/lib/postgresql");
            if (!Files.isDirectory(debian)) {
                return Optional.empty();
            }
            try (Stream<Path> versions = Files.list(debian)) {
                // The newest installed major version first.
                candidates = versions.map(version -> version.resolve("bin"))
                        .sorted(Comparator.comparing(DebianTools::majorVersion).reversed())
                        .toList().stream();
            } catch (java.io.IOException e) {
                return Optional.empty();
            }
        }
        return candidates.filter(folder -> POSTGRES_PROGRAMS.stream().allMatch(name -> Files.isExecutable(folder.resolve(name))))
                .findFirst();
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Optional<Path> findHaproxy() {
        String configured = System.getProperty("ordo.cluster.haproxy");
        if (configured != null) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        return Stream.of("/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy")
                .map(Path::of).filter(Files::isExecutable).findFirst();
    }

    Path postgres(String program) {
        return postgresBin.resolve(program);
    }

    Path haproxy() {
        return haproxy;
    }
}
