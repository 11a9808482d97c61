package io.ordo.devstack;

import java.io.IOException;

/**
 * The AMQP 1.0 broker of a dev stack, in this JVM ({@link BrokerService}) or in a process of its
 * own ({@link BrokerProcess}, which can be killed for real); either keeps its messages in a data
 * folder and can be stopped and started again on the same port, as an outage looks to clients.
 */
public interface MessageBroker extends AutoCloseable {

    String host();

    int amqpPort();

    /** {@code amqp://127.0.0.1:<port>}, as AMQP clients (Qpid JMS, Vert.x) spell it. */
    default String amqpUrl() {
        return "amqp://" + host() + ":" + amqpPort();
    }

    /** Stops it in an orderly way; persisted messages stay. Does nothing when it is stopped. */
    void stop();

    /** Starts a stopped broker again on the same port and data. */
    void startAgain() throws IOException;

    boolean isRunning();

    /** Stops it; its messages stay in its data folder. */
    @Override
    default void close() {
        stop();
    }
}
