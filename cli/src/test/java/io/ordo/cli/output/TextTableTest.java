package io.ordo.cli.output;

import io.ordo.cli.output.TextTable.Column;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class TextTableTest {

    private static String print(TextTable table) {
        StringWriter text = new StringWriter();
        table.printTo(new PrintWriter(text));
        return text.toString();
    }

    @Test
    void a_table_that_fits_keeps_every_cell_whole_and_right_aligns_numbers() {
        String text = print(TextTable.of(Column.left("SKU"), Column.right("QTY"), Column.wrapped("NOTE"))
                .row("A-1", 2, "short")
                .row("B-22", 100, null));

        assertThat(text).isEqualTo("""
                SKU   QTY  NOTE
                A-1     2  short
                B-22  100
                """);
    }

    @Test
    void flexible_columns_give_way_names_cut_and_text_wrapped_while_ids_stay_whole() {
        String id = "7b9e2d41-5c3a-4f8e-b2d0-91a6e4c7f835";
        String text = print(TextTable.of(Column.left("ID"), Column.truncated("NAME"), Column.wrapped("REASON"))
                .row(id, "Bartholomew Featherstonehaugh", "x".repeat(60)));

        assertThat(text.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(TextTable.WIDTH));
        assertThat(text).contains(id);
        assertThat(text.lines().skip(1).findFirst().orElseThrow()).contains(id + "  Bartholomew Feath...  xxx");
        assertThat(text.chars().filter(c -> c == 'x')).hasSize(60);
    }

    @Test
    void a_word_longer_than_its_column_is_broken_rather_than_overflowing() {
        String text = print(TextTable.of(Column.left("AT".repeat(30)), Column.wrapped("REASON"))
                .row("now", "OUT_OF_STOCK:ORD-KB-001:requested-3:available-0"));

        assertThat(text.lines()).hasSizeGreaterThan(2)
                .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(TextTable.WIDTH));
        assertThat(text.replaceAll("\\s", "")).contains("OUT_OF_STOCK:ORD-KB-001:requested-3:available-0");
    }
}
