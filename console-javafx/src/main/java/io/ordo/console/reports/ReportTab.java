package io.ordo.console.reports;

import io.ordo.console.common.Tables;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.chart.Chart;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One report's tab: a chart above a table, both showing the same rows of the view-model, the
 * chart redrawn whenever the rows change. Built column by column, then {@link #withChart}.
 *
 * @param <R> the report's row
 */
final class ReportTab<R> {

    private final String title;
    private final ObservableList<R> rows;
    private final TableView<R> table;
    private final List<String> headings = new ArrayList<>();
    private final List<Function<R, ?>> cells = new ArrayList<>();

    private ReportTab(String title, ObservableList<R> rows, String tableId) {
        this.title = title;
        this.rows = rows;
        this.table = new TableView<>(rows);
        table.setId(tableId);
    }

    /** A tab headed {@code title} over {@code rows}; the table is looked up by {@code tableId} in tests. */
    static <R> ReportTab<R> of(String title, ObservableList<R> rows, String tableId) {
        return new ReportTab<>(title, rows, tableId);
    }

    ReportTab<R> column(String heading, double width, Function<R, ?> cell) {
        Tables.column(table, heading, width, cell);
        return exported(heading, cell);
    }

    ReportTab<R> number(String heading, double width, Function<R, ?> cell) {
        Tables.number(table, heading, width, cell);
        return exported(heading, cell);
    }

    private ReportTab<R> exported(String heading, Function<R, ?> cell) {
        headings.add(heading);
        cells.add(cell);
        return this;
    }

    /** The report's rows as CSV, one column per column of the table, numbers as the server sent them. */
    String csv() {
        return CsvExport.of(headings, rows.stream().map(row -> cells.stream().map(cell -> {
            Object value = cell.apply(row);
            return value instanceof BigDecimal amount ? amount.toPlainString() : value == null ? "" : value.toString();
        }).toList()).toList());
    }

    /** What an exported file of this report is called at first: {@code sales-per-day.csv}. */
    String fileName() {
        return title.toLowerCase(Locale.ROOT).replace(' ', '-') + ".csv";
    }

    /** What the table says when the report has no rows. */
    ReportTab<R> whenEmpty(String text) {
        table.setPlaceholder(new Label(text));
        return this;
    }

    /** The tab, with {@code chart} (titled {@code chartTitle}) drawn by {@code draw} from the rows, now and on each change. */
    Tab withChart(Chart chart, String chartTitle, Consumer<List<R>> draw) {
        Tables.fitToContent(table);
        chart.setTitle(chartTitle);
        chart.setAnimated(false);
        rows.addListener((ListChangeListener<R>) change -> draw.accept(rows));
        draw.accept(rows);
        SplitPane split = new SplitPane(chart, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        Tab tab = new Tab(title, split);
        tab.setUserData(this);
        return tab;
    }
}
