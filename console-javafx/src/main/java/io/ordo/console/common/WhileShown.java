package io.ordo.console.common;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.util.Duration;

import java.util.function.Consumer;

/** A screen that reads again on its own: a timer that runs only while the screen is in a window. */
public final class WhileShown {

    private WhileShown() {
    }

    /**
     * Runs {@code tick} every {@code period} while {@code screen} is in a window, and stops when
     * it leaves it; {@code shown} runs each time it is put in one, before the timer starts (for
     * its keyboard shortcuts, a first read).
     */
    public static void repeat(Node screen, Duration period, Runnable tick, Consumer<Scene> shown) {
        Timeline timer = new Timeline(new KeyFrame(period, event -> tick.run()));
        timer.setCycleCount(Timeline.INDEFINITE);
        screen.sceneProperty().addListener((property, before, scene) -> {
            if (scene == null) {
                timer.stop();
                return;
            }
            shown.accept(scene);
            timer.play();
        });
    }
}
