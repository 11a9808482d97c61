package io.ordo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.qpid.jms.JmsConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerPersistenceTest {

    @TempDir
    Path data;

    @Test
    void an_event_not_yet_consumed_survives_a_broker_restart_on_the_same_folder() throws Exception {
        try (BrokerService broker = BrokerService.start(data);
             Connection connection = new JmsConnectionFactory(broker.amqpUrl()).createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            session.createProducer(session.createTopic(BrokerService.EVENTS_ADDRESS)).send(session.createTextMessage("kept"));
        }

        try (BrokerService broker = BrokerService.start(data);
             Connection connection = new JmsConnectionFactory(broker.amqpUrl()).createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            assertThat(receiveText(session, "ordo.events::reporting")).isEqualTo("kept");
        }
    }

    @Test
    void a_stopped_broker_starts_again_on_the_same_port_with_the_events_that_were_waiting() throws Exception {
        try (BrokerService broker = BrokerService.start(data)) {
            int port = broker.amqpPort();
            try (Connection connection = new JmsConnectionFactory(broker.amqpUrl()).createConnection();
                 Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
                session.createProducer(session.createTopic(BrokerService.EVENTS_ADDRESS)).send(session.createTextMessage("waited"));
            }

            broker.stop();

            assertThat(broker.isRunning()).isFalse();
            assertThat(listens(port)).as("nothing listens while the broker is down").isFalse();

            broker.startAgain();

            assertThat(broker.isRunning()).isTrue();
            assertThat(broker.amqpPort()).isEqualTo(port);
            try (Connection connection = new JmsConnectionFactory("amqp://127.0.0.1:" + port).createConnection();
                 Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
                connection.start();
                assertThat(receiveText(session, "ordo.events::payments")).isEqualTo("waited");
            }
        }
    }

    private static String receiveText(Session session, String queue) throws Exception {
        try (MessageConsumer consumer = session.createConsumer(session.createQueue(queue))) {
            Message received = consumer.receive(5_000);
            assertThat(received).as("a message on " + queue).isInstanceOf(TextMessage.class);
            return ((TextMessage) received).getText();
        }
    }

    private static boolean listens(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
