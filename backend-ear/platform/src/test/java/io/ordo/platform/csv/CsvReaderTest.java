package io.ordo.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvReader.Record> all(String text) throws Exception {
        CsvReader reader = new CsvReader(new StringReader(text), 100);
        List<CsvReader.Record> records = new ArrayList<>();
        for (var next = reader.next(); next.isPresent(); next = reader.next()) {
            records.add(next.get());
        }
        return records;
    }

    @Test
    void each_record_knows_the_line_it_starts_on_even_after_blank_lines_and_quoted_line_breaks() throws Exception {
        List<CsvReader.Record> records = all("sku,name\r\nA-1,\"two\nlines\"\n\nB-2,plain\n");

        assertThat(records).extracting(CsvReader.Record::line).containsExactly(1, 2, 5);
        assertThat(records.get(1).fields()).containsExactly("A-1", "two\nlines");
        assertThat(records.get(2).fields()).containsExactly("B-2", "plain");
    }

    @Test
    void doubled_quotes_commas_and_empty_fields_are_read_as_written() throws Exception {
        assertThat(all("\"say \"\"hi\"\", then go\",,x").get(0).fields()).containsExactly("say \"hi\", then go", "", "x");
    }

    @Test
    void an_unclosed_quote_is_malformed_at_the_line_it_opened() {
        assertThatThrownBy(() -> all("a,b\nc,\"open\nmore"))
                .isInstanceOfSatisfying(CsvReader.MalformedCsvException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void a_field_longer_than_allowed_is_refused_without_reading_it_all() {
        assertThatThrownBy(() -> all("x".repeat(101)))
                .isInstanceOf(CsvReader.MalformedCsvException.class)
                .hasMessageContaining("longer than 100");
    }

    @Test
    void what_the_writer_writes_the_reader_reads_back() throws Exception {
        StringWriter out = new StringWriter();
        new CsvWriter(out).line(List.of("a,b", "q\"uote", "", "line\nbreak"));

        assertThat(all(out.toString()).get(0).fields()).containsExactly("a,b", "q\"uote", "", "line\nbreak");
    }
}
