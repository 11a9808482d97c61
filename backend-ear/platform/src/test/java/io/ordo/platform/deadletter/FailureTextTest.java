package io.ordo.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailureTextTest {

    @Test
    void names_the_class_and_message_of_each_cause_outermost_first() {
        SQLException root = new SQLException("ERROR: permission denied for table reservations");
        IllegalStateException outer = new IllegalStateException("could not execute statement", root);

        assertThat(FailureText.of(outer)).isEqualTo("java.lang.IllegalStateException: could not execute statement"
                + "; caused by java.sql.SQLException: ERROR: permission denied for table reservations");
    }

    @Test
    void wrappers_that_only_repeat_their_cause_are_left_out() {
        SQLException root = new SQLException("ERROR: permission denied for table reservations");

        assertThat(FailureText.of(new RuntimeException(new RuntimeException(root))))
                .isEqualTo("java.sql.SQLException: ERROR: permission denied for table reservations");
    }

    @Test
    void an_exception_without_a_message_is_named_by_its_class() {
        assertThat(FailureText.of(new NullPointerException())).isEqualTo("java.lang.NullPointerException");
    }

    @Test
    void a_long_outer_message_cannot_crowd_out_the_root_cause() {
        IllegalArgumentException root = new IllegalArgumentException("the real reason");
        RuntimeException outer = new RuntimeException("x".repeat(10_000), root);

        String text = FailureText.of(outer);

        assertThat(text).hasSizeLessThanOrEqualTo(FailureText.MAX_LENGTH).endsWith("the real reason");
    }

    @Test
    void the_whole_text_is_bounded_however_deep_the_chain() {
        Throwable chain = new IllegalStateException("root " + "y".repeat(600));
        for (int i = 0; i < 20; i++) {
            chain = new IllegalStateException("level " + i + " " + "z".repeat(600), chain);
        }

        assertThat(FailureText.of(chain)).hasSizeLessThanOrEqualTo(FailureText.MAX_LENGTH).endsWith("…");
    }

    @Test
    void a_cause_chain_that_loops_ends() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second", first);
        first.initCause(second);

        assertThat(FailureText.of(second)).isEqualTo(
                "java.lang.IllegalStateException: second; caused by java.lang.IllegalStateException: first");
    }
}
