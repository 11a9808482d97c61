package io.ordo.console.common;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.function.Function;

/** Tables built in code: a column of text per value of the row. */
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
                    ? amount.toPlainString() : value.toString());
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
}
