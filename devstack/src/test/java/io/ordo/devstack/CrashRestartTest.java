package io.ordo.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.qpid.jms.JmsConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fault tests' crashes: PostgreSQL and the broker process killed with SIGKILL, then started again on the same port and data. */
class CrashRestartTest {

    @TempDir
    Path data;

    @Test
    void a_crashed_postgresql_comes_back_on_the_same_port_with_every_committed_row() throws Exception {
        try (PostgresService postgres = PostgresService.start(data.resolve("postgres"))) {
            int port = postgres.port();
            try (Connection connection = postgres.dataSource().getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("create table committed (name text)");
                statement.execute("insert into committed values ('kept')");
            }

            postgres.crash();

            assertThat(postgres.isRunning()).isFalse();
            assertThat(listens(port)).as("nothing listens after the crash").isFalse();
            assertThatThrownBy(() -> postgres.dataSource().getConnection().close()).isInstanceOf(SQLException.class);

            postgres.startAgain();

            assertThat(postgres.port()).isEqualTo(port);
            try (Connection connection = postgres.dataSource().getConnection(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select name from committed")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("kept");
            }
        }
    }

    @Test
    void a_killed_broker_process_comes_back_on_the_same_port_with_its_persistent_messages() throws Exception {
        try (BrokerProcess broker = BrokerProcess.start(data.resolve("broker"))) {
            int port = broker.amqpPort();
            try (jakarta.jms.Connection connection = new JmsConnectionFactory(broker.amqpUrl()).createConnection();
                 Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                 MessageProducer producer = session.createProducer(session.createTopic(BrokerService.EVENTS_ADDRESS))) {
                producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                producer.send(session.createTextMessage("survives"));
            }

            broker.kill();

            assertThat(broker.isRunning()).isFalse();
            assertThat(listens(port)).as("nothing listens after the kill").isFalse();

            broker.startAgain();

            try (jakarta.jms.Connection connection = new JmsConnectionFactory(broker.amqpUrl()).createConnection();
                 Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                 MessageConsumer consumer = session.createConsumer(session.createQueue("ordo.events::ordering"))) {
                connection.start();
                Message received = consumer.receive(10_000);
                assertThat(received).isInstanceOf(TextMessage.class);
                assertThat(((TextMessage) received).getText()).isEqualTo("survives");
            }
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
