package io.ordo.console.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Bindings the screens repeat: a part shown only when it has something to say, a message styled as said or as an error. */
public final class Nodes {

    private Nodes() {
    }

    /** Shows {@code node} while {@code condition} holds; hidden, it takes no room either. */
    public static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** Shows the view-model's error in {@code label}, and the label only while there is one. */
    public static void error(Label label, ObservableStringValue error) {
        label.textProperty().bind(error);
        showWhen(label, label.textProperty().isNotEmpty());
    }

    /** Shows the server's last answer in {@code label}, styled as an error or as done. */
    public static void message(Label label, ObservableStringValue message, ObservableBooleanValue isError) {
        label.textProperty().bind(message);
        isError.addListener((property, before, error) -> styleMessage(label, error));
    }

    /** Styles {@code label} as an error or as done, at once; {@link #message} does so on each change. */
    public static void styleMessage(Label label, boolean error) {
        label.getStyleClass().removeAll("message-ok", "message-error");
        label.getStyleClass().add(error ? "message-error" : "message-ok");
    }
}
