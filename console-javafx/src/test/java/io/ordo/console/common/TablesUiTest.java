package io.ordo.console.common;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tables on a real (headless) screen: columns as wide as their values, the selected row's key copied. */
class TablesUiTest {

    record Row(String id, String customer, String total, String placed) {
    }

    private final FxRobot robot = new FxRobot();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    private TableView<Row> showTable(double width) throws Exception {
        FxToolkit.registerPrimaryStage();
        TableView<Row> table = new TableView<>(rows);
        table.setId("table");
        Tables.column(table, "Order", 60, Row::id);
        Tables.column(table, "Customer", 80, Row::customer);
        Tables.number(table, "Total", 60, Row::total);
        Tables.column(table, "Placed", 80, Row::placed);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.fitToContent(table);
        Tables.copyable(table, "order id", Row::id);
        FxToolkit.setupSceneRoot(() -> table);
        FxToolkit.setupStage(window -> {
            window.setWidth(width);
            window.setHeight(300);
        });
        FxToolkit.showStage();
        return table;
    }

    @Test
    void every_value_is_shown_whole_and_a_narrow_table_scrolls_sideways() throws Exception {
        TableView<Row> table = showTable(420);

        FxToolkit.setupFixture(() -> rows.setAll(
                new Row("3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10", "Bartholomew Featherstonehaugh-Cholmondeley",
                        "1,234,567.89 EUR", "2026-12-08 14:05:12"),
                new Row("7b9e2d41-5c3a-4f8e-b2d0-91a6e4c7f835", "Ada Lovelace", "9.90 EUR", "2026-12-08 14:06:40")));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> cutOff = robot.lookup((Node node) -> node instanceof TableCell<?, ?> cell && cell.getText() != null
                        && cell.lookup(".text") instanceof Text shown && !cell.getText().equals(shown.getText()))
                .queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
        assertThat(cutOff).isEmpty();
        assertThat(table.getColumns().get(1).getWidth()).as("the long name decides the column's width")
                .isGreaterThan(200);
        assertThat(robot.lookup(".scroll-bar:horizontal").match(Node::isVisible).tryQuery()).isPresent();
    }

    @Test
    void ctrl_c_and_the_context_menu_copy_the_selected_rows_key() throws Exception {
        TableView<Row> table = showTable(900);
        FxToolkit.setupFixture(() -> rows.setAll(new Row("3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10", "Ada", "1 EUR", "x")));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Ada").push(KeyCode.SHORTCUT, KeyCode.C);
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get())
                .isEqualTo("3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10");

        FxToolkit.setupFixture(() -> Clipboards.put(""));
        javafx.scene.control.MenuItem copy = table.getContextMenu().getItems().get(0);
        assertThat(copy.getText()).isEqualTo("Copy order id");
        FxToolkit.setupFixture(copy::fire);
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get())
                .isEqualTo("3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10");
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
    }
}
