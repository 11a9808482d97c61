package io.ordo.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The run command: starts the whole dev stack, prints where everything is, and stops it all on
 * Ctrl-C. Started by {@code ./mvnw -Pstart package} from the repository root, which builds
 * everything first and passes {@code -Dordo.wlp.home} and {@code -Dordo.ear}.
 */
public final class Main {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: io.ordo.devstack.Main [--data <folder>] [--no-liberty]",
            "  --data <folder>  where the data lives (default ~/.ordo/dev, or -Dordo.dev.home)",
            "  --no-liberty     start PostgreSQL, broker and sandbox and prepare Liberty, but do not start it",
            "System properties: ordo.wlp.home (the built Liberty, liberty/target/liberty/wlp),",
            "                   ordo.ear (the application, backend-ear/ear/target/ordo.ear).");

    /** Their INFO chatter would bury the banner; warnings still show. Kept referenced for JUL. */
    private static final List<Logger> QUIETED = List.of(
            quiet("org.apache.activemq"), quiet("io.zonky"), quiet("io.netty"));

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int exitCode = new Main(System.out, System.err).run(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** Returns the exit code; on success only after Ctrl-C has stopped the stack. */
    int run(String[] args) {
        Options options;
        try {
            options = Options.parse(args, System.getProperties());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (options.help()) {
            out.println(USAGE);
            return 0;
        }
        if (options.startLiberty() && options.wlpHome() == null) {
            err.println("[devstack] no built Liberty server found: run ./mvnw -Pstart package from the repository root,"
                    + " or pass -Dordo.wlp.home=<liberty/target/liberty/wlp>");
            return 1;
        }
        if (options.startLiberty() && options.ear() == null) {
            err.println("[devstack] warning: no ordo.ear found (-Dordo.ear): Liberty starts without the application");
        }
        DataFolder folder;
        try {
            folder = DataFolder.acquire(options.dataDirectory());
        } catch (IOException e) {
            err.println("[devstack] cannot use the data folder " + options.dataDirectory() + ": " + e.getMessage());
            return 1;
        }
        if (folder.isFallback()) {
            err.println(Banner.folderInUseWarning(folder));
        }
        DevStack stack = DevStack.builder(folder.path())
                .wlpHome(options.wlpHome())
                .ear(options.ear())
                .startLiberty(options.startLiberty())
                .echoLibertyTo(out)
                .progress(line -> out.println("[devstack] " + line))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdown = new Thread(() -> {
            out.println("[devstack] stopping Liberty, sandbox, broker and PostgreSQL ...");
            stopQuietly(stack, folder);
            out.println("[devstack] stopped.");
            stopped.countDown();
        }, "ordo-devstack-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);

        try {
            stack.start();
        } catch (IOException | RuntimeException e) {
            err.println("[devstack] the dev stack did not start: " + e.getMessage());
            stopQuietly(stack, folder);
            removeHook(shutdown);
            return 1;
        }
        out.println(Banner.render(stack, folder));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private void stopQuietly(DevStack stack, DataFolder folder) {
        stack.close();
        try {
            folder.close();
        } catch (IOException e) {
            err.println("[devstack] could not release " + folder.path() + ": " + e.getMessage());
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: nothing left to undo
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.WARNING);
        return logger;
    }

    /** The command line and system properties, resolved. */
    record Options(Path dataDirectory, Path wlpHome, Path ear, boolean startLiberty, boolean help) {

        static Options parse(String[] args, Properties system) {
            Path data = null;
            boolean startLiberty = true;
            boolean help = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--data" -> {
                        if (i + 1 == args.length) {
                            throw new IllegalArgumentException("--data needs a folder");
                        }
                        data = Path.of(args[++i]);
                    }
                    case "--no-liberty" -> startLiberty = false;
                    case "--help", "-h" -> help = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (data == null) {
                String home = system.getProperty("ordo.dev.home");
                data = home != null && !home.isBlank()
                        ? Path.of(home)
                        : Path.of(system.getProperty("user.home", ""), ".ordo", "dev");
            }
            Path wlpHome = located(system.getProperty("ordo.wlp.home"), Path.of("liberty", "target", "liberty", "wlp"));
            Path ear = located(system.getProperty("ordo.ear"), Path.of("backend-ear", "ear", "target", "ordo.ear"));
            return new Options(data.toAbsolutePath(), wlpHome, ear, startLiberty, help);
        }

        /**
         * The property if set; otherwise the build output, looked for from the repository root or
         * from a module folder, so that running Main from an IDE needs no settings.
         */
        private static Path located(String property, Path inBuild) {
            if (property != null && !property.isBlank()) {
                return Path.of(property).toAbsolutePath();
            }
            for (Path root : List.of(Path.of(""), Path.of(".."))) {
                Path candidate = root.resolve(inBuild).toAbsolutePath().normalize();
                if (Files.exists(candidate)) {
                    return candidate;
                }
            }
            return null;
        }
    }
}
