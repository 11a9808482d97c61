package io.ordo.console;

import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Clicks a node as a person would, once it is on screen. Tables re-create their cells as rows
 * change (a live board does that every few seconds), so a cell found a moment ago may have left
 * the scene by the time the click lands: then it is looked up again.
 */
public final class Clicks {

    private Clicks() {
    }

    public static void clickOn(FxRobot robot, Predicate<Node> what, Duration within) {
        try {
            WaitForAsyncUtils.waitFor(within.toMillis(), TimeUnit.MILLISECONDS, () -> {
                Optional<Node> node = robot.lookup(what).match((Node found) -> found.getScene() != null).tryQuery();
                if (node.isEmpty()) {
                    return false;
                }
                try {
                    robot.clickOn(node.get());
                    return true;
                } catch (NullPointerException leftTheSceneMeanwhile) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("nothing to click on screen within " + within, e);
        }
    }

    /** Clicks the node with this id ({@code #signInButton}) once it is on screen. */
    public static void clickOn(FxRobot robot, String id, Duration within) {
        clickOn(robot, node -> ("#" + node.getId()).equals(id), within);
    }
}
