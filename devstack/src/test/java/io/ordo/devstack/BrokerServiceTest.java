package io.ordo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.qpid.jms.JmsConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Talks AMQP 1.0 to the broker through Qpid JMS, the way any AMQP client (SmallRye too) would. */
class BrokerServiceTest {

    /** Qpid JMS's vendor property: the outcome an acknowledge sends; 4 = modified, delivery failed. */
    private static final String AMQP_ACK_TYPE = "JMS_AMQP_ACK_TYPE";
    private static final int MODIFIED_FAILED = 4;

    @TempDir
    static Path data;

    static BrokerService broker;
    static Connection connection;

    @BeforeAll
    static void start() throws Exception {
        broker = BrokerService.start(data);
        connection = new JmsConnectionFactory(broker.amqpUrl()).createConnection();
        connection.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (connection != null) {
            connection.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void an_event_reaches_every_context_queue() throws Exception {
        try (Session session = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE)) {
            drainQueues(session, BrokerService.EVENT_QUEUES);
            send(session, "order-created-1");

            for (String queue : BrokerService.EVENT_QUEUES) {
                try (MessageConsumer consumer = session.createConsumer(session.createQueue("ordo.events::" + queue))) {
                    Message received = consumer.receive(5_000);
                    assertThat(received).as("event on queue %s", queue).isInstanceOf(TextMessage.class);
                    assertThat(text(received)).isEqualTo("order-created-1");
                    received.acknowledge();
                }
            }
        }
    }

    @Test
    void each_consumer_queue_counts_the_events_it_has_not_acknowledged() throws Exception {
        try (Session session = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE)) {
            drainQueues(session, BrokerService.EVENT_QUEUES);
            send(session, "order-created-2");
            send(session, "order-created-3");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(broker.eventsWaitingByQueue())
                    .containsExactly(Map.entry("ordering", 2L), Map.entry("inventory", 2L), Map.entry("payments", 2L),
                            Map.entry("reporting", 2L)));

            drainQueues(session, List.of("reporting"));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(broker.eventsWaitingByQueue()).containsEntry("reporting", 0L).containsEntry("ordering", 2L);
                assertThat(broker.eventsWaiting()).isEqualTo(6);
            });
            drainQueues(session, BrokerService.EVENT_QUEUES);
        }
    }

    @Test
    void events_that_keep_failing_are_all_parked_on_the_dead_letter_queue() throws Exception {
        List<String> poisons = List.of("poison-1", "poison-2");
        try (Session session = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE)) {
            for (String poison : poisons) {
                send(session, poison);
            }
            drainQueues(session, List.of("ordering", "inventory", "reporting"));

            Map<String, List<Integer>> deliveryCounts = new TreeMap<>();
            try (MessageConsumer payments = session.createConsumer(session.createQueue("ordo.events::payments"))) {
                // Redeliveries wait 0.5 s, 1 s, 2 s, 4 s: about 8 s for both, failed side by side.
                int expected = poisons.size() * BrokerService.MAX_DELIVERY_ATTEMPTS;
                for (int delivery = 1; delivery <= expected; delivery++) {
                    Message failing = payments.receive(15_000);
                    assertThat(failing).as("delivery %d of %d", delivery, expected).isNotNull();
                    deliveryCounts.computeIfAbsent(text(failing), text -> new ArrayList<>())
                            .add(failing.getIntProperty("JMSXDeliveryCount"));
                    failing.setIntProperty(AMQP_ACK_TYPE, MODIFIED_FAILED);
                    failing.acknowledge();
                }
                assertThat(payments.receive(1_000)).as("no delivery after the last attempt").isNull();
            }
            assertThat(deliveryCounts).containsOnlyKeys(poisons)
                    .allSatisfy((poison, counts) -> assertThat(counts).containsExactly(1, 2, 3, 4, 5));

            List<String> parked = new ArrayList<>();
            try (MessageConsumer deadLetters = session.createConsumer(session.createQueue(BrokerService.DEAD_LETTER_QUEUE))) {
                for (Message deadLetter = deadLetters.receive(5_000); deadLetter != null; deadLetter = deadLetters.receive(500)) {
                    parked.add(text(deadLetter));
                    deadLetter.acknowledge();
                }
            }
            assertThat(parked).containsExactlyInAnyOrderElementsOf(poisons);
        }
    }

    private static String text(Message message) throws Exception {
        return ((TextMessage) message).getText();
    }

    private static void send(Session session, String text) throws Exception {
        try (MessageProducer producer = session.createProducer(session.createTopic(BrokerService.EVENTS_ADDRESS))) {
            producer.send(session.createTextMessage(text));
        }
    }

    /** Tests share the broker: each leaves the queues it reads empty, whatever the other one sent. */
    private static void drainQueues(Session session, List<String> queues) throws Exception {
        for (String queue : queues) {
            try (MessageConsumer consumer = session.createConsumer(session.createQueue("ordo.events::" + queue))) {
                while (acknowledged(consumer.receive(200))) {
                    // keep draining
                }
            }
        }
    }

    private static boolean acknowledged(Message message) throws Exception {
        if (message == null) {
            return false;
        }
        message.acknowledge();
        return true;
    }
}
