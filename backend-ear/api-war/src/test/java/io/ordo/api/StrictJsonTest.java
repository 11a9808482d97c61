package io.ordo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ordo.platform.problem.Problem;
import io.ordo.platform.problem.ProblemException;
import jakarta.json.bind.Jsonb;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

    public record Line(String sku, Integer quantity) {
    }

    public record Order(String currency, List<Line> lines, Boolean gift, Long reference) {
    }

    private final Jsonb jsonb = new StrictJson().getContext(Order.class);

    private Order read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    private Order read(byte[] body) {
        return jsonb.fromJson(new ByteArrayInputStream(body), Order.class);
    }

    private static String order(String quantity) {
        return "{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"KB-001\",\"quantity\":1},{\"sku\":\"MS-002\",\"quantity\":"
                + quantity + "}]}";
    }

    /** The refusal the body met, with the problem it answers. */
    private Problem refusal(String json) {
        return refusal(json.getBytes(StandardCharsets.UTF_8));
    }

    private Problem refusal(byte[] body) {
        Throwable thrown = catchThrowable(() -> read(body));
        assertThat(thrown).as("the body is refused").isNotNull();
        return ProblemException.in(thrown).orElseThrow(() -> new AssertionError("not a problem", thrown)).problem();
    }

    @Test
    void a_well_formed_order_binds_as_sent() {
        Order order = read("{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"KB-001\",\"quantity\":2}],\"gift\":true,"
                + "\"reference\":9007199254740993} \r\n");

        assertThat(order).isEqualTo(new Order("EUR", List.of(new Line("KB-001", 2)), true, 9007199254740993L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.0", "2e0", "20e-1"})
    void a_whole_number_written_with_a_zero_fraction_or_an_exponent_is_that_number(String two) {
        assertThat(read(order(two)).lines().get(1).quantity()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1.9", "0.999999999999999999999", "\"1\"", "4294967297", "2147483648", "-2147483649",
            "1e400", "1e999999999", "-1e999999999", "true", "[1]", "{\"a\":1}"})
    void a_quantity_that_is_not_exactly_a_whole_number_in_range_is_refused_naming_the_field(String quantity) {
        Problem problem = refusal(order(quantity));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).endsWith("/validation");
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("lines[1].quantity");
            assertThat(error.message()).startsWith("must be a whole number from -2147483648 to 2147483647");
        });
    }

    @Test
    void text_numbers_and_booleans_bind_only_from_their_own_json_types() {
        assertThat(refusal("{\"currency\":978}").errors()).singleElement()
                .isEqualTo(new Problem.FieldError("currency", "must be a string, not a number"));
        assertThat(refusal("{\"gift\":\"true\"}").errors()).singleElement()
                .isEqualTo(new Problem.FieldError("gift", "must be true or false, not a string"));
        assertThat(refusal("{\"reference\":9223372036854775808}").errors().get(0).field()).isEqualTo("reference");
    }

    @Test
    void a_duplicate_name_is_refused_naming_it_instead_of_the_last_one_winning() {
        assertThat(refusal("{\"currency\":\"EUR\",\"currency\":\"USD\"}").errors()).singleElement()
                .isEqualTo(new Problem.FieldError("currency", "appears more than once in the same object; send each field once"));
        assertThat(refusal("{\"lines\":[{\"sku\":\"A\"},{\"sku\":\"B\",\"sku\":\"C\"}]}").errors().get(0).field())
                .isEqualTo("lines[1].sku");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"currency\":\"EUR\"} x", "{\"currency\":\"EUR\"}{\"currency\":\"USD\"}", "{} []", "{}}", "{} 1"})
    void anything_after_the_document_is_refused(String json) {
        Problem problem = refusal(json);

        assertThat(problem.type()).endsWith("/malformed-request");
        assertThat(problem.detail()).contains("more than one JSON document");
    }

    @Test
    void bytes_that_are_not_utf_8_are_refused_rather_than_replaced() {
        byte[] latin1 = "{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"Z\u00fcrich\"}]}".getBytes(StandardCharsets.ISO_8859_1);
        byte[] encodedSurrogate = {'{', '"', 'c', 'u', 'r', 'r', 'e', 'n', 'c', 'y', '"', ':', '"', (byte) 0xed, (byte) 0xa0,
                (byte) 0x80, '"', '}'};

        assertThat(refusal(latin1).detail()).contains("not valid UTF-8");
        assertThat(refusal(encodedSurrogate).detail()).contains("not valid UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\u0000b", "\\u001b[2J", "\\u202eRUE", "\\ufeffEUR", "\\ufdd0", "\\ud800",
            "\\udc00x", "\\u0085"})
    void text_with_characters_no_field_takes_is_refused_naming_the_field(String escaped) {
        Problem problem = refusal("{\"lines\":[{\"sku\":\"" + escaped + "\",\"quantity\":1}]}");

        assertThat(problem.type()).endsWith("/validation");
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("lines[0].sku");
            assertThat(error.message()).startsWith("contains ");
        });
    }

    @Test
    void line_breaks_are_left_to_the_fields_that_are_one_line() {
        assertThat(read("{\"currency\":\"two\\nlines\\tand a tab\"}").currency()).isEqualTo("two\nlines\tand a tab");
    }

    @Test
    void letters_and_marks_of_every_script_are_read_as_sent() {
        String names = "Łukasz Żółć محمد שלום 李小龍 Nguyễn देवनागरी 👩‍💻";

        assertThat(read("{\"currency\":\"" + names + "\"}").currency()).isEqualTo(names);
    }
}
