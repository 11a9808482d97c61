package io.ordo.platform.deadletter.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

class DeadLetterCursorTest {

    @Test
    void a_cursor_reads_back_as_the_id_it_was_made_from() {
        assertThat(DeadLetterCursor.decode(new DeadLetterCursor(4711).encode()).lastId()).isEqualTo(4711);
    }

    @Test
    void a_cursor_that_was_not_handed_out_is_a_validation_problem() {
        assertThatThrownBy(() -> DeadLetterCursor.decode("not*base64"))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status())
                        .isEqualTo(ProblemType.VALIDATION.status()));
        assertThatThrownBy(() -> DeadLetterCursor.decode("YWJj"))
                .isInstanceOf(ProblemException.class);
    }
}
