package io.ordo.console.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The bar a screen shows before it changes something on the server: what will happen, as a
 * question, a button that keeps things as they are and one that goes ahead. Shown only while a
 * change waits for its answer.
 */
public final class ConfirmBar {

    private ConfirmBar() {
    }

    /** Binds a bar declared in FXML: shown while {@code shown} holds, asking {@code question} in {@code questionLabel}. */
    public static void bind(Node bar, Label questionLabel, ObservableStringValue question, ObservableBooleanValue shown) {
        questionLabel.textProperty().bind(question);
        Nodes.showWhen(bar, shown);
    }

    /** A bar built in code, with the buttons of {@link #keep} and {@link #confirm} under the question. */
    public static VBox of(ObservableStringValue question, ObservableBooleanValue shown, Button keep, Button confirm) {
        Label questionLabel = new Label();
        questionLabel.setWrapText(true);
        HBox buttons = new HBox(8, keep, confirm);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox bar = new VBox(8, questionLabel, buttons);
        bar.getStyleClass().add("confirm-box");
        bind(bar, questionLabel, question, shown);
        return bar;
    }

    /** The button that drops the pending change. */
    public static Button keep(String text, Runnable keep) {
        Button button = new Button(text);
        button.setOnAction(event -> keep.run());
        return button;
    }

    /** The button that sends the pending change, looked up by {@code id} in tests. */
    public static Button confirm(String text, String id, Runnable confirm) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("accent");
        button.setOnAction(event -> confirm.run());
        return button;
    }
}
