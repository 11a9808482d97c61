package io.ordo.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptor;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * An embedded ActiveMQ Artemis that speaks AMQP 1.0 on a free loopback port, keeps its messages
 * in a data folder across restarts, and has the topology Ordo expects: the multicast address
 * {@value #EVENTS_ADDRESS} with one durable queue per consuming context, and the dead-letter
 * address {@value #DEAD_LETTER_ADDRESS} with its anycast queue.
 *
 * <p>It can be {@linkplain #stop() stopped} and {@linkplain #startAgain() started again} on the
 * same port and journal, as a broker outage looks to its clients: they lose the connection,
 * reconnect to the same address, and find every persisted message still there.
 */
public final class BrokerService implements MessageBroker {

    public static final String EVENTS_ADDRESS = "ordo.events";
    /** The queues on {@value #EVENTS_ADDRESS}; each context consumes {@code ordo.events::<queue>}. */
    public static final List<String> EVENT_QUEUES = List.of("ordering", "inventory", "payments", "reporting");
    public static final String DEAD_LETTER_ADDRESS = "DLQ";
    public static final String DEAD_LETTER_QUEUE = "DLQ";
    public static final int MAX_DELIVERY_ATTEMPTS = 5;
    /** Where messages sent with a time-to-live go when it runs out (Artemis' usual name). */
    public static final String EXPIRY_QUEUE = "ExpiryQueue";

    private static final String HOST = "127.0.0.1";
    private static final String ACCEPTOR = "amqp";

    /**
     * Artemis logs every message at INFO on its audit loggers when they are enabled; a dev stack
     * moving thousands of events drowns in it. Held in a field: JUL forgets the level of a logger
     * nobody references.
     */
    private static final Logger AUDIT_LOGGERS = quietAuditLoggers();

    private final Path dataDirectory;
    private final int amqpPort;
    /** The running broker; null while stopped. */
    private EmbeddedActiveMQ broker;

    private BrokerService(EmbeddedActiveMQ broker, Path dataDirectory, int amqpPort) {
        this.broker = broker;
        this.dataDirectory = dataDirectory;
        this.amqpPort = amqpPort;
    }

    /** Starts the broker with its journal, bindings, paging and large messages under {@code dataDirectory}. */
    public static BrokerService start(Path dataDirectory) throws IOException {
        // Port 0: the acceptor binds a free port itself and reports it, no race.
        return start(dataDirectory, 0);
    }

    /** Starts the broker on {@code port} (0: a free one) with its data under {@code dataDirectory}. */
    static BrokerService start(Path dataDirectory, int port) throws IOException {
        Path directory = dataDirectory.toAbsolutePath();
        Files.createDirectories(directory);
        EmbeddedActiveMQ broker = startBroker(directory, port);
        NettyAcceptor acceptor = (NettyAcceptor) broker.getActiveMQServer().getRemotingService().getAcceptor(ACCEPTOR);
        return new BrokerService(broker, directory, acceptor.getActualPort());
    }

    private static EmbeddedActiveMQ startBroker(Path directory, int port) throws IOException {
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
        broker.setConfiguration(configuration(directory, port));
        try {
            broker.start();
        } catch (Exception e) {
            stopQuietly(broker);
            throw new IOException("the embedded Artemis broker did not start on port " + port + " (data in " + directory + ")", e);
        }
        return broker;
    }

    /**
     * Stops the broker as an outage would: its clients lose their connections; persisted
     * messages stay in the journal. Does nothing when it is already stopped.
     */
    @Override
    public synchronized void stop() {
        if (broker == null) {
            return;
        }
        try {
            broker.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the embedded Artemis broker did not stop cleanly", e);
        } finally {
            broker = null;
        }
    }

    /**
     * Starts a {@linkplain #stop() stopped} broker again on the same AMQP port and journal, so
     * clients reconnect to the address they know and get the messages that were waiting.
     *
     * @throws IOException if it cannot start, e.g. because something else took the port meanwhile
     */
    @Override
    public synchronized void startAgain() throws IOException {
        if (broker != null) {
            throw new IllegalStateException(this + " is already running");
        }
        broker = startBroker(dataDirectory, amqpPort);
    }

    @Override
    public synchronized boolean isRunning() {
        return broker != null;
    }

    private static Configuration configuration(Path directory, int port) {
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setName("ordo-dev");
        configuration.setPersistenceEnabled(true);
        configuration.setJournalType(JournalType.NIO); // libaio is rarely installed; NIO needs nothing
        configuration.setJournalDirectory(directory.resolve("journal").toString());
        configuration.setBindingsDirectory(directory.resolve("bindings").toString());
        configuration.setPagingDirectory(directory.resolve("paging").toString());
        configuration.setLargeMessagesDirectory(directory.resolve("large-messages").toString());
        configuration.setNodeManagerLockDirectory(directory.resolve("journal").toString());
        // Security is off because the acceptor listens on the loopback interface only: whoever
        // can reach it already runs code as the developer. Never expose this broker.
        configuration.setSecurityEnabled(false);
        configuration.setJMXManagementEnabled(false);
        // A near-full laptop disk would otherwise block producers (default 90%), which looks
        // like the outbox relay hanging; and a paused debugger would trip the critical analyzer.
        configuration.setMaxDiskUsage(-1);
        configuration.setCriticalAnalyzer(false);
        try {
            configuration.addAcceptorConfiguration(ACCEPTOR, "tcp://" + HOST + ":" + port + "?protocols=AMQP");
        } catch (Exception e) {
            throw new IllegalStateException("invalid acceptor URI", e);
        }
        configuration.addAddressSetting("#", defaultAddressSettings());
        configuration.addAddressConfiguration(eventsAddress());
        configuration.addAddressConfiguration(anycastQueue(DEAD_LETTER_ADDRESS));
        configuration.addAddressConfiguration(anycastQueue(EXPIRY_QUEUE));
        return configuration;
    }

    /**
     * Artemis creates unknown addresses MULTICAST by default, and a multicast address without a
     * queue accepts messages and drops them: auto-created addresses are ANYCAST here. Failing
     * consumers get {@value #MAX_DELIVERY_ATTEMPTS} deliveries with growing delays, then the
     * message is parked on {@value #DEAD_LETTER_ADDRESS} for an admin to look at and replay.
     *
     * <p>Auto-created dead-letter resources stay off on purpose: they add a queue
     * {@code DLQ.<original address>} beside {@value #DEAD_LETTER_QUEUE} on the same anycast
     * address, and Artemis then alternates between the two, so every other dead letter would miss
     * the queue the admin tools read. The pre-created queue is part of the configuration and
     * comes back on every start; the original address and queue travel with each dead letter
     * ({@code _AMQ_ORIG_ADDRESS}, {@code _AMQ_ORIG_QUEUE}).
     */
    private static AddressSettings defaultAddressSettings() {
        return new AddressSettings()
                .setDefaultAddressRoutingType(RoutingType.ANYCAST)
                .setDefaultQueueRoutingType(RoutingType.ANYCAST)
                .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_ADDRESS))
                .setExpiryAddress(SimpleString.of(EXPIRY_QUEUE))
                .setAutoCreateDeadLetterResources(false)
                .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
                .setRedeliveryDelay(500)
                .setRedeliveryMultiplier(2)
                .setMaxRedeliveryDelay(10_000);
    }

    private static CoreAddressConfiguration eventsAddress() {
        CoreAddressConfiguration address = new CoreAddressConfiguration()
                .setName(EVENTS_ADDRESS)
                .addRoutingType(RoutingType.MULTICAST);
        for (String queue : EVENT_QUEUES) {
            address.addQueueConfiguration(QueueConfiguration.of(queue)
                    .setAddress(EVENTS_ADDRESS)
                    .setRoutingType(RoutingType.MULTICAST)
                    .setDurable(true));
        }
        return address;
    }

    /** An anycast address with one durable queue of the same name. */
    private static CoreAddressConfiguration anycastQueue(String name) {
        return new CoreAddressConfiguration()
                .setName(name)
                .addRoutingType(RoutingType.ANYCAST)
                .addQueueConfiguration(QueueConfiguration.of(name)
                        .setAddress(name)
                        .setRoutingType(RoutingType.ANYCAST)
                        .setDurable(true));
    }

    private static Logger quietAuditLoggers() {
        Logger audit = Logger.getLogger("org.apache.activemq.audit");
        audit.setLevel(Level.WARNING);
        return audit;
    }

    /**
     * Messages on the event queues that their consumer has not acknowledged yet (waiting or being
     * delivered): zero once every consumer has caught up. Zero while the broker is stopped.
     */
    public long eventsWaiting() {
        return eventsWaitingByQueue().values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * {@link #eventsWaiting()} per queue of {@link #EVENT_QUEUES}, in that order: each consumer's
     * lag in messages. Empty while the broker is stopped.
     */
    public synchronized Map<String, Long> eventsWaitingByQueue() {
        Map<String, Long> waiting = new LinkedHashMap<>();
        if (broker == null || broker.getActiveMQServer() == null) {
            return waiting;
        }
        for (String name : EVENT_QUEUES) {
            org.apache.activemq.artemis.core.server.Queue queue = broker.getActiveMQServer().locateQueue(SimpleString.of(name));
            waiting.put(name, queue == null ? 0 : queue.getMessageCount());
        }
        return waiting;
    }

    @Override
    public String host() {
        return HOST;
    }

    @Override
    public int amqpPort() {
        return amqpPort;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }


    private static void stopQuietly(EmbeddedActiveMQ broker) {
        try {
            broker.stop();
        } catch (Exception ignored) {
            // already failing; the start error is the one worth reporting
        }
    }

    @Override
    public String toString() {
        return "Artemis " + amqpUrl() + " (" + dataDirectory + ")";
    }
}
