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

import java.util.List;
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
        return this;
    }

    ReportTab<R> number(String heading, double width, Function<R, ?> cell) {
        Tables.number(table, heading, width, cell);
        return this;
    }

    /** What the table says when the report has no rows. */
    ReportTab<R> whenEmpty(String text) {
        table.setPlaceholder(new Label(text));
        return this;
    }

    /** The tab, with {@code chart} (titled {@code chartTitle}) drawn by {@code draw} from the rows, now and on each change. */
    Tab withChart(Chart chart, String chartTitle, Consumer<List<R>> draw) {
        chart.setTitle(chartTitle);
        chart.setAnimated(false);
        rows.addListener((ListChangeListener<R>) change -> draw.accept(rows));
        draw.accept(rows);
        SplitPane split = new SplitPane(chart, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        return new Tab(title, split);
    }
}
