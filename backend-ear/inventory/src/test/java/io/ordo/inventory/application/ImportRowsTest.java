package io.ordo.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportRowsTest {

    private static ImportRow row(int line, String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return new ImportRow(line, values);
    }

    @Test
    void a_complete_product_row_is_read_with_defaults_for_active_and_threshold() {
        RowErrors errors = new RowErrors();

        var product = ProductInput.check(row(2, "sku", "KB-100", "name", "Keyboard", "price", "12.50", "currency", "EUR"), errors);

        assertThat(errors.badRows()).isZero();
        assertThat(product).hasValueSatisfying(p -> {
            assertThat(p.details().price().amountText()).isEqualTo("12.50");
            assertThat(p.details().active()).isTrue();
            assertThat(p.details().lowStockThreshold()).isEqualTo(5);
        });
    }

    @Test
    void every_wrong_column_of_a_product_row_is_reported_against_its_line() {
        RowErrors errors = new RowErrors();

        var product = ProductInput.check(row(7, "sku", "bad sku!", "price", "12,5", "currency", "EURO",
                "active", "maybe", "lowStockThreshold", "-1", "colour", "red"), errors);

        assertThat(product).isEmpty();
        ImportReport report = errors.report(true, 1, 0);
        assertThat(report.invalid()).isEqualTo(1);
        assertThat(report.errors()).allSatisfy(error -> assertThat(error.line()).isEqualTo(7));
        assertThat(report.errors()).extracting(RowError::field)
                .contains("sku", "name", "price", "currency", "active", "lowStockThreshold", "colour");
    }

    @Test
    void a_price_with_more_decimals_than_its_currency_has_is_refused_rather_than_rounded() {
        RowErrors errors = new RowErrors();

        ProductInput.check(row(3, "sku", "A", "name", "A", "price", "1.005", "currency", "EUR"), errors);
        ProductInput.check(row(4, "sku", "B", "name", "B", "price", "100.5", "currency", "JPY"), errors);

        assertThat(errors.report(true, 2, 0).errors()).extracting(RowError::line).containsExactly(3, 4);
    }

    @Test
    void a_stock_row_needs_a_reason_and_a_signed_quantity_other_than_zero_and_a_receipt_must_be_positive() {
        RowErrors errors = new RowErrors();

        assertThat(StockInput.check(row(2, "sku", "KB-001", "quantity", "-3", "reason", "stock-take"), errors)).isPresent();
        assertThat(StockInput.check(row(3, "sku", "KB-001", "quantity", "0", "reason", "x"), errors)).isEmpty();
        assertThat(StockInput.check(row(4, "sku", "KB-001", "quantity", "3"), errors)).isEmpty();
        assertThat(StockInput.check(row(5, "sku", "KB-001", "quantity", "-3", "movement", "received", "reason", "x"), errors)).isEmpty();
        assertThat(StockInput.check(row(6, "sku", "KB-001", "quantity", "three", "reason", "x"), errors)).isEmpty();

        assertThat(errors.report(true, 5, 0).errors()).extracting(RowError::line).containsExactly(3, 4, 5, 6);
    }

    @Test
    void control_characters_in_text_are_refused_but_line_breaks_in_a_description_are_kept() {
        RowErrors errors = new RowErrors();

        var kept = ProductInput.check(row(2, "sku", "A", "name", "Lamp", "description", "two\nlines", "price", "1",
                "currency", "EUR"), errors);
        ProductInput.check(row(3, "sku", "B", "name", "a\u0000b", "price", "1", "currency", "EUR"), errors);
        StockInput.check(row(4, "sku", "B", "quantity", "1", "reason", "\u001b[2J"), errors);

        assertThat(kept).isPresent();
        assertThat(errors.report(true, 3, 0).errors()).extracting(RowError::line, RowError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "name"), org.assertj.core.groups.Tuple.tuple(4, "reason"));
    }
}
