package io.ordo.console.common;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Tables: a column of text per value of the row, built in code or declared in FXML, what
 * selecting a row does, columns as wide as what they show, and the selected row's key copied.
 */
public final class Tables {

    /** Room beside a cell's text: the cell's padding, and a header's sort arrow. */
    private static final double CELL_PADDING = 24;
    private static final double HEADER_PADDING = 30;
    /** A badge's own padding around its text. */
    private static final double BADGE_PADDING = 22;
    /** No column grows beyond this for one long value; the table scrolls sideways instead of wrapping. */
    private static final double WIDEST = 460;
    /** The least width a fitted table asks of its screen. */
    private static final double NARROWEST = 160;

    private Tables() {
    }

    /**
     * Keeps every column at least as wide as its header and its widest value, each time the rows
     * change, so nothing ends in an ellipsis; when they do not all fit, the table scrolls sideways
     * (a constrained resize policy would squeeze them back, so the table's policy becomes
     * unconstrained).
     *
     * @param badgeColumns columns whose cells show their text as a badge, which needs more room
     */
    @SafeVarargs
    public static <R> void fitToContent(TableView<R> table, TableColumn<R, ?>... badgeColumns) {
        Set<TableColumn<R, ?>> badges = Set.of(badgeColumns);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // The table may be narrower than its columns (it scrolls): wide columns must not widen the
        // screen. A screen that needs its table wider says so with the table's own minimum width.
        if (table.getMinWidth() == Region.USE_COMPUTED_SIZE) {
            table.setMinWidth(NARROWEST);
        }
        Runnable fit = () -> {
            Font font = table.lookupAll(".table-cell").stream().filter(Labeled.class::isInstance)
                    .map(cell -> ((Labeled) cell).getFont()).findFirst().orElse(Font.getDefault());
            for (TableColumn<R, ?> column : table.getVisibleLeafColumns()) {
                if (table.getItems() == null) {
                    return;
                }
                double widest = width(column.getText(), Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()))
                        + HEADER_PADDING;
                double extra = CELL_PADDING + (badges.contains(column) ? BADGE_PADDING : 0);
                for (int row = 0; row < table.getItems().size(); row++) {
                    Object value = column.getCellData(row);
                    if (value != null) {
                        widest = Math.max(widest, width(value.toString(), font) + extra);
                    }
                }
                double fitted = Math.ceil(Math.min(widest, WIDEST));
                column.setMinWidth(fitted);
                column.setPrefWidth(Math.max(column.getPrefWidth(), fitted));
            }
        };
        ListChangeListener<R> rowsChanged = change -> fit.run();
        if (table.getItems() != null) {
            table.getItems().addListener(rowsChanged);
        }
        table.itemsProperty().addListener((property, before, items) -> {
            if (before != null) {
                before.removeListener(rowsChanged);
            }
            if (items != null) {
                items.addListener(rowsChanged);
            }
            fit.run();
        });
        table.skinProperty().addListener((property, before, skin) -> fit.run());
    }

    private static double width(String text, Font font) {
        Text measured = new Text(text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }

    /**
     * Lets the selected row's {@code what} (an order's full id, say) be copied: Ctrl+C in the
     * table, or the table's context menu.
     */
    public static <R> void copyable(TableView<R> table, String what, Function<R, String> text) {
        Runnable copy = () -> {
            R row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                Clipboards.put(text.apply(row));
            }
        };
        MenuItem item = new MenuItem("Copy " + what);
        item.setOnAction(event -> copy.run());
        item.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.setContextMenu(new ContextMenu(item));
        KeyCombination copyKeys = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (copyKeys.match(event)) {
                copy.run();
                event.consume();
            }
        });
    }

    /** Adds a column headed {@code title} whose cells show {@code cell} of each row. */
    public static <R> TableColumn<R, String> column(TableView<R> table, String title, double width, Function<R, ?> cell) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> {
            Object value = cell.apply(row.getValue());
            return new ReadOnlyStringWrapper(value == null ? "" : value instanceof java.math.BigDecimal amount
                    ? Formats.number(amount) : Texts.oneLine(value.toString()));
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
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(Texts.oneLine(cell.apply(row.getValue()))));
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
