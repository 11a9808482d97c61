package io.ordo.console;

import javafx.application.Application;

/**
 * The main class for a plain or shaded class path. The JDK's launcher refuses a main class that
 * extends {@link Application} when JavaFX is not on the module path ("JavaFX runtime components
 * are missing"); a class that does not extend it starts JavaFX from the class path instead.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(OrdoConsole.class, args);
    }
}
