package io.ordo.console.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** The top of a screen built in code: its title on the left, its filters and actions on the right, F5 to read again. */
public final class TopBar {

    private TopBar() {
    }

    /** The bar: {@code title} on the left, {@code controls} on the right in the order given. */
    public static HBox of(String title, Node... controls) {
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add("title-3");
        titleLabel.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, titleLabel, gap);
        bar.getChildren().addAll(controls);
        // Titles, buttons and check boxes keep their words whole; the text fields give up room instead.
        for (Node control : controls) {
            if (control instanceof ButtonBase || control instanceof Label) {
                ((Region) control).setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 8, 12));
        return bar;
    }

    /** A small spinner shown while {@code busy}. */
    public static ProgressIndicator busy(ObservableBooleanValue busy) {
        ProgressIndicator indicator = new ProgressIndicator();
        indicator.setPrefSize(18, 18);
        indicator.visibleProperty().bind(busy);
        return indicator;
    }

    /** The refresh button (an icon), disabled while {@code busy}. */
    public static Button refresh(Runnable refresh, ObservableBooleanValue busy) {
        Button button = new Button(null, new FontIcon("fth-refresh-cw"));
        button.setOnAction(event -> refresh.run());
        button.disableProperty().bind(busy);
        return button;
    }

    /** F5 runs {@code refresh} while {@code screen} is in a window. */
    public static void refreshOnF5(Node screen, Runnable refresh) {
        screen.sceneProperty().addListener((property, before, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), refresh);
            }
        });
    }
}
