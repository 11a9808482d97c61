package io.ordo.console.reports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

    @Test
    void a_report_is_written_with_its_headings_and_crlf_line_ends() {
        assertThat(CsvExport.of(List.of("Day", "Revenue"), List.of(List.of("2026-12-08", "1234.50"))))
                .isEqualTo("Day,Revenue\r\n2026-12-08,1234.50\r\n");
    }

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_are_neutralised() {
        assertThat(CsvExport.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvExport.cell("+1+1")).isEqualTo("'+1+1");
        assertThat(CsvExport.cell("-2")).isEqualTo("'-2");
        assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvExport.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
    }

    @Test
    void commas_quotes_and_line_breaks_are_quoted() {
        assertThat(CsvExport.cell("Keyboard, mechanical")).isEqualTo("\"Keyboard, mechanical\"");
        assertThat(CsvExport.cell("12\" ruler")).isEqualTo("\"12\"\" ruler\"");
        assertThat(CsvExport.cell("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(CsvExport.cell(null)).isEmpty();
    }
}
