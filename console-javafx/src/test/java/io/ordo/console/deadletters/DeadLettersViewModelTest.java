package io.ordo.console.deadletters;

import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import io.ordo.console.ManualExecutor;
import io.ordo.console.common.Background;
import io.ordo.console.deadletters.DeadLettersViewModel.Resolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The dead letters screen's behaviour, without the JavaFX toolkit, against a local stub server. */
class DeadLettersViewModelTest {

    private final StubServer server = StubServer.start()
            .respond("GET", "/api/v1/admin/dead-letters", StubResponse.fixture("dead-letters-page.json"))
            .respond("GET", "/api/v1/admin/dead-letters/12", StubResponse.fixture("dead-letter.json"));
    private final ManualExecutor io = new ManualExecutor();
    private final DeadLettersViewModel viewModel = new DeadLettersViewModel(
            OrdoClient.connect(ServerConfig.of(server.baseUri())), new Background(io, Runnable::run), ZoneOffset.UTC);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void parked_letters_are_listed_first_with_their_last_error() {
        viewModel.refresh();
        io.runAll();

        assertThat(server.requests("/api/v1/admin/dead-letters").get(0).query()).containsEntry("status", "PARKED");
        assertThat(viewModel.letters()).first().satisfies(row -> {
            assertThat(row.consumer()).isEqualTo("inventory");
            assertThat(row.lastError()).contains("deadlock detected");
        });
        assertThat(viewModel.hasMoreProperty().get()).isTrue();
    }

    @Test
    void a_replay_is_confirmed_first_then_shows_the_new_status() {
        server.respond("POST", "/api/v1/admin/dead-letters/12/replay", StubResponse.fixture("dead-letter-replayed.json"));
        viewModel.select(12);
        io.runAll();

        viewModel.begin(Resolution.REPLAY);
        assertThat(viewModel.confirmationProperty().get()).startsWith("Replay message 12");
        assertThat(server.requests("/api/v1/admin/dead-letters/12/replay")).isEmpty();
        viewModel.confirm();
        io.runAll();

        assertThat(server.requests("/api/v1/admin/dead-letters/12/replay")).hasSize(1);
        assertThat(viewModel.messageProperty().get()).isEqualTo("Message 12 is REPLAYED now.");
        assertThat(viewModel.messageIsErrorProperty().get()).isFalse();
    }

    @Test
    void a_replay_that_fails_again_says_why_in_words() {
        server.respond("POST", "/api/v1/admin/dead-letters/12/replay", StubResponse.problem(409,
                "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"the consumer failed again: deadlock detected\"}"));
        viewModel.select(12);
        io.runAll();
        viewModel.begin(Resolution.REPLAY);

        viewModel.confirm();
        io.runAll();

        assertThat(viewModel.messageProperty().get()).contains("Could not replay the message", "failed again: deadlock");
        assertThat(viewModel.messageIsErrorProperty().get()).isTrue();
    }
}
