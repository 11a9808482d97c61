package io.ordo.cli.output;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalSafeWriterTest {

    @Test
    void ansi_sequences_c1_controls_and_bidi_overrides_are_shown_not_obeyed() {
        assertThat(TerminalSafeWriter.escape("\u001b[31mred\u001b]0;title\u0007 \u009b2J \u202egnp.exe \u2066x\u2069 \u007f"))
                .isEqualTo("\\x1b[31mred\\x1b]0;title\\x07 \\u009b2J \\u202egnp.exe \\u2066x\\u2069 \\u007f");
    }

    @Test
    void values_cannot_redraw_their_line_but_the_stream_keeps_its_line_ends() {
        StringWriter target = new StringWriter();
        PrintWriter out = TerminalSafeWriter.of(target);

        out.print("id,status\r\n" + TerminalSafeWriter.escape("a\rb\tc\n") + "ünïcödé 注文\n");
        out.flush();

        assertThat(TerminalSafeWriter.escape("a\rb")).isEqualTo("a\\x0db");
        assertThat(target.toString()).isEqualTo("id,status\r\na\\x0db\\x09c\\x0a" + "ünïcödé 注文\n");
    }
}
