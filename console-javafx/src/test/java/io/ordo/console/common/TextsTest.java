package io.ordo.console.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    @Test
    void control_characters_are_shown_as_visible_escapes() {
        assertThat(Texts.oneLine("Ada\u0007 Love\u001b[2Jlace")).isEqualTo("Ada\\u0007 Love\\u001b[2Jlace");
        assertThat(Texts.oneLine("evil\u202etxt.exe")).isEqualTo("evil\\u202etxt.exe");
        assertThat(Texts.oneLine("two\nlines\r")).isEqualTo("two\\u000alines\\u000d");
    }

    @Test
    void line_breaks_stay_where_several_lines_are_shown() {
        assertThat(Texts.lines("Ada Lovelace\nada@example.org\t")).isEqualTo("Ada Lovelace\nada@example.org\\u0009");
    }

    @Test
    void ordinary_text_is_left_as_it_is() {
        assertThat(Texts.oneLine("Zoë Ångström, 東京")).isEqualTo("Zoë Ångström, 東京");
        assertThat(Texts.oneLine(null)).isEmpty();
    }
}
