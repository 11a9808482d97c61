package io.ordo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnsafeTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Ada Lovelace", "Łukasz Żółć", "Zoë Ñúñez", "محمد بن موسى", "שלום עליכם", "李小龍",
            "Nguyễn Thị Minh Khai", "देवनागरी क्षत्रिय", "ሰላም", "O'Brien-Smith, Jr.", "+44 (0)20 7946 0958",
            "10 Downing St, London SW1A 2AA", "emoji 👩‍💻", "e\u0301", "\u200f\u05e9\u05dc\u05d5\u05dd\u200e"})
    void letters_marks_digits_and_punctuation_of_every_script_are_accepted(String text) {
        assertThat(UnsafeText.problemIn(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u001b[2Jcleared", "bell\u0007", "del\u007f", "c1\u0085", "csi\u009b31m",
            "vertical\u000btab", "form\u000cfeed"})
    void control_characters_are_refused(String text) {
        assertThat(UnsafeText.problemIn(text)).hasValueSatisfying(why -> assertThat(why).contains("control character"));
        assertThat(UnsafeText.problemInLine(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines", "windows\r\nlines", "a\ttab"})
    void tabs_and_line_breaks_are_refused_only_where_the_text_is_one_line(String text) {
        assertThat(UnsafeText.problemIn(text)).isEmpty();
        assertThat(UnsafeText.problemInLine(text)).hasValueSatisfying(why -> assertThat(why).contains("tab or line break"));
        assertThat(new SingleLine.Validator().isValid(text, null)).isFalse();
    }

    @Test
    void a_single_line_field_takes_any_other_acceptable_text_and_null() {
        assertThat(new SingleLine.Validator().isValid("Nguyễn Thị Minh Khai, 10 Downing St", null)).isTrue();
        assertThat(new SingleLine.Validator().isValid(null, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil\u202egnp.exe", "\u202aembedded", "\u202dforced", "\u2066isolate\u2069", "\u2067rtl"})
    void bidirectional_overrides_and_isolates_are_refused(String text) {
        assertThat(UnsafeText.problemIn(text)).hasValueSatisfying(why -> assertThat(why).contains("bidirectional"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ufeffAda", "Ada\ufdd0", "Ada\ufffe", "Ada\uffff", "\ud83f\udffe", "one\u2028two"})
    void byte_order_marks_noncharacters_and_separators_are_refused(String text) {
        assertThat(UnsafeText.problemIn(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ud800", "a\udc00b", "\ud83d", "x\ud83dy"})
    void a_lone_surrogate_is_refused_as_not_a_character(String text) {
        assertThat(UnsafeText.problemIn(text)).hasValueSatisfying(why -> assertThat(why).contains("lone surrogate"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u001bb"})
    void the_answer_names_the_code_point(String text) {
        assertThat(UnsafeText.problemIn(text)).hasValue("contains a control character (U+001B)");
    }
}
