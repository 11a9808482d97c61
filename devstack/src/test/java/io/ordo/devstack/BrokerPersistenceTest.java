package io.ordo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

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
            try (MessageConsumer reporting = session.createConsumer(session.createQueue("ordo.events::reporting"))) {
                Message survivor = reporting.receive(5_000);
                assertThat(survivor).isInstanceOf(TextMessage.class);
                assertThat(((TextMessage) survivor).getText()).isEqualTo("kept");
            }
        }
    }
}
