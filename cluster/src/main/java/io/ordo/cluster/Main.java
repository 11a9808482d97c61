package io.ordo.cluster;

import io.ordo.devstack.DevCertificate;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the local cluster and keeps it running until Ctrl-C:
 * {@code ./mvnw -Pstart-cluster -pl cluster -am package}. Settings (system properties):
 * {@code ordo.wlp.home}, {@code ordo.ear}, {@code ordo.cluster.data} (data folder),
 * {@code ordo.cluster.servers} (default 3).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path data = Path.of(System.getProperty("ordo.cluster.data", "cluster/target/local-cluster"));
        LocalCluster.Builder builder = LocalCluster.builder(data)
                .wlpHome(Path.of(required("ordo.wlp.home")))
                .ear(Path.of(required("ordo.ear")))
                .servers(Integer.getInteger("ordo.cluster.servers", LocalCluster.DEFAULT_SERVERS))
                .progress(line -> System.out.println("[cluster] " + line));
        Instant begin = Instant.now();
        LocalCluster cluster;
        try {
            cluster = builder.start();
        } catch (IllegalStateException | IOException e) {
            System.err.println("[cluster] not started: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[cluster] stopping");
            cluster.close();
            stopped.countDown();
        }, "local-cluster-stop"));
        printBanner(cluster, Duration.between(begin, Instant.now()));
        stopped.await();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalArgumentException("system property " + property + " is not set; start the cluster with"
                    + " ./mvnw -Pstart-cluster -pl cluster -am package");
        }
        return value;
    }

    private static void printBanner(LocalCluster cluster, Duration took) {
        StringBuilder banner = new StringBuilder();
        banner.append("\nOrdo local cluster ready in ").append(took.toSeconds()).append(" s\n\n");
        banner.append("  API (through HAProxy)  ").append(cluster.url()).append("/api/v1\n");
        banner.append("  HAProxy statistics     ").append(cluster.balancerStatsUrl()).append('\n');
        for (LocalCluster.Server server : cluster.servers()) {
            banner.append("  ").append(server.name()).append("              ").append(server.httpUrl())
                    .append("  https://localhost:").append(server.httpsPort()).append('\n');
        }
        banner.append("  PostgreSQL primary     ").append(cluster.primaryAddress()).append("  (writes)\n");
        banner.append("  PostgreSQL replica     ").append(cluster.replicaAddress()).append("  (reports, hot standby)\n");
        banner.append("  Artemis                ").append(cluster.broker().amqpUrl()).append('\n');
        banner.append("  Payment sandbox        ").append(cluster.sandbox()).append('\n');
        banner.append("  Demo credentials       ").append(cluster.credentials().file()).append('\n');
        banner.append("  Trust store (HTTPS)    ").append(cluster.trustStore()).append(" (password ")
                .append(DevCertificate.TRUST_STORE_PASSWORD).append(")\n\n");
        banner.append("  Each answer names its server in the ").append(Haproxy.SERVER_HEADER).append(" header, e.g.\n");
        banner.append("    curl -si ").append(cluster.url()).append("/health/ready | grep -i ").append(Haproxy.SERVER_HEADER)
                .append("\n\nCtrl-C stops everything.\n");
        System.out.println(banner);
    }
}
