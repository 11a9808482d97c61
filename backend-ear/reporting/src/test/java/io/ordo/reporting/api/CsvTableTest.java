package io.ordo.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    record Row(String sku, String name, Integer count) {
    }

    @Test
    void the_header_names_the_fields_and_each_row_is_a_line() {
        String csv = CsvTable.of(Row.class, List.of(new Row("KB-001", "Keyboard", 3)));

        assertThat(csv).isEqualTo("sku,name,count\r\nKB-001,Keyboard,3\r\n");
    }

    @Test
    void cells_with_commas_quotes_or_line_breaks_are_quoted_and_absent_values_are_empty() {
        String csv = CsvTable.of(Row.class, List.of(new Row("MN-003", "27\" monitor, IPS", null),
                new Row("X", "two\nlines", 1)));

        assertThat(csv).isEqualTo("sku,name,count\r\nMN-003,\"27\"\" monitor, IPS\",\r\nX,\"two\nlines\",1\r\n");
    }

    @Test
    void a_product_name_that_a_spreadsheet_would_run_is_written_as_text_and_negative_amounts_stay_numbers() {
        record Refund(String name, String netRevenue) {
        }

        String csv = CsvTable.of(Refund.class, List.of(new Refund("=HYPERLINK(\"http://evil.example\")", "-12.50")));

        assertThat(csv).isEqualTo("name,netRevenue\r\n\"'=HYPERLINK(\"\"http://evil.example\"\")\",-12.50\r\n");
    }

    @Test
    void an_empty_report_still_has_its_header() {
        assertThat(CsvTable.of(Row.class, List.of())).isEqualTo("sku,name,count\r\n");
    }
}
