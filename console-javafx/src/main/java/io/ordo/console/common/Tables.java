package io.ordo.console.common;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/** Tables: a column of text per value of the row, built in code or declared in FXML, and what selecting a row does. */
public final class Tables {

    private Tables() {
    }

    /** Adds a column headed {@code title} whose cells show {@code cell} of each row. */
    public static <R> TableColumn<R, String> column(TableView<R> table, String title, double width, Function<R, ?> cell) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> {
            Object value = cell.apply(row.getValue());
            return new ReadOnlyStringWrapper(value == null ? "" : value instanceof java.math.BigDecimal amount
                    ? Formats.number(amount) : value.toString());
        });
        table.getColumns().add(column);
        return column;
    }

    /** Like {@link #column} with the text on the right, for numbers. */
    public static <R> TableColumn<R, String> number(TableView<R> table, String title, double width, Function<R, ?> cell) {
        TableColumn<R, String> column = column(table, title, width, cell);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** Fills a column declared in FXML with {@code cell} of each row. */
    public static <R> void text(TableColumn<R, String> column, Function<R, String> cell) {
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(cell.apply(row.getValue())));
    }

    /**
     * Tells {@code selected} the key of each row selected, once: not again when the rows are read
     * again and the same one (by key) stays selected.
     */
    public static <R, K> void onSelect(TableView<R> table, Function<R, K> key, Consumer<K> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((property, before, row) -> {
            if (row != null && (before == null || !Objects.equals(key.apply(row), key.apply(before)))) {
                selected.accept(key.apply(row));
            }
        });
    }
}
