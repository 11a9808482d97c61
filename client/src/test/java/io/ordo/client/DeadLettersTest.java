package io.ordo.client;

import io.ordo.client.model.DeadLetter;
import io.ordo.client.model.DeadLetterStatus;
import io.ordo.client.model.DeadLetterSummary;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The admin's dead letters: list, read, replay, discard. */
class DeadLettersTest {

    private static final String DEAD_LETTERS = "/api/v1/admin/dead-letters";

    private final StubServer server = StubServer.start();
    private final OrdoClient client = OrdoClient.connect(ServerConfig.of(server.baseUri()));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void dead_letters_are_listed_with_their_filters_and_unknown_fields_ignored() {
        server.respond("GET", DEAD_LETTERS, StubResponse.fixture("dead-letters-page.json"));

        Page<DeadLetterSummary> page = client.deadLetters(
                DeadLetterQuery.all().withStatus(DeadLetterStatus.PARKED).withConsumer("inventory").withLimit(10));

        assertThat(server.requests(DEAD_LETTERS).get(0).query()).containsEntry("status", "PARKED")
                .containsEntry("consumer", "inventory").containsEntry("limit", "10");
        DeadLetterSummary first = page.items().get(0);
        assertThat(first.id()).isEqualTo(12);
        assertThat(first.status()).isEqualTo(DeadLetterStatus.PARKED);
        assertThat(first.eventId()).isEqualTo(UUID.fromString("0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9"));
        assertThat(first.lastFailedAt()).isEqualTo(Instant.parse("2025-03-01T14:05:31Z"));
        assertThat(page.items().get(1).resolvedBy()).isEqualTo("admin");
        assertThat(page.nextCursor()).isEqualTo("dl-cursor-2");
    }

    @Test
    void one_dead_letter_carries_its_message() {
        server.respond("GET", DEAD_LETTERS + "/12", StubResponse.fixture("dead-letter.json"));

        DeadLetter letter = client.deadLetter(12);

        assertThat(letter.eventType()).isEqualTo("OrderValidated");
        assertThat(letter.message()).startsWith("{\"id\":\"0b1c2d3e");
    }

    @Test
    void replay_and_discard_post_to_the_dead_letter_and_return_it_resolved() {
        server.respond("POST", DEAD_LETTERS + "/12/replay", StubResponse.fixture("dead-letter-replayed.json"));
        server.respond("POST", DEAD_LETTERS + "/13/discard", StubResponse.fixture("dead-letter-replayed.json"));

        DeadLetter replayed = client.replayDeadLetter(12);
        client.discardDeadLetter(13);

        assertThat(replayed.status()).isEqualTo(DeadLetterStatus.REPLAYED);
        assertThat(replayed.resolvedBy()).isEqualTo("admin");
        assertThat(server.requests(DEAD_LETTERS + "/12/replay")).hasSize(1);
        assertThat(server.requests(DEAD_LETTERS + "/13/discard")).hasSize(1);
    }

    @Test
    void a_replay_that_fails_again_is_a_conflict_with_the_new_error() {
        server.respond("POST", DEAD_LETTERS + "/12/replay", StubResponse.problem(409, """
                {"type":"https://ordo.dev/problems/conflict","title":"Conflict","status":409,
                 "detail":"Replaying dead letter 12 failed again, so it stays PARKED: deadlock detected"}
                """));

        ApiException failure = catchThrowableOfType(ApiException.class, () -> client.replayDeadLetter(12));

        assertThat(failure.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(failure.getMessage()).contains("stays PARKED");
    }
}
