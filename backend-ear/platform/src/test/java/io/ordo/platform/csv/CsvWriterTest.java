package io.ordo.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    private static String written(Object... cells) throws Exception {
        StringWriter out = new StringWriter();
        new CsvWriter(out).line(Arrays.asList(cells));
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"click\")", "+1+cmd|' /C calc'!A0", "-2+3",
            "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "-", "=", "--1"})
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text(String hostile) {
        assertThat(CsvWriter.neutralised(hostile)).isEqualTo("'" + hostile);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12.50", "-3", "0", "42", "49.90", "Ada Lovelace", "a=b", "x@example.org", ""})
    void numbers_negative_ones_included_and_ordinary_text_are_written_as_they_are(String harmless) {
        assertThat(CsvWriter.neutralised(harmless)).isEqualTo(harmless);
    }

    @Test
    void a_neutralised_cell_is_still_quoted_when_it_needs_it() throws Exception {
        assertThat(written("=HYPERLINK(\"x\",\"y\")", -5, new BigDecimal("-0.50"), null, "plain"))
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",-5,-0.50,,plain\r\n");
    }

    @Test
    void what_is_written_reads_back_as_the_neutralised_text() throws Exception {
        String csv = written("=1+1", "a,b", "two\nlines");

        CsvReader.Record record = new CsvReader(new java.io.StringReader(csv), 10).next().orElseThrow();

        assertThat(record.fields()).isEqualTo(List.of("'=1+1", "a,b", "two\nlines"));
    }
}
