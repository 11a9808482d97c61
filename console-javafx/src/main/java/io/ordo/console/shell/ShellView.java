package io.ordo.console.shell;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The frame's view, built in code since it only arranges the screens: navigation on the left
 * (Ctrl+1, Ctrl+2... in its order), the selected screen in the middle, who is signed in on top.
 * Each screen is made once, when first shown, and kept.
 */
public final class ShellView {

    private final ShellViewModel viewModel;
    private final Function<Section, Parent> screens;
    private final Map<Section, Parent> made = new EnumMap<>(Section.class);
    private final BorderPane root = new BorderPane();

    private ShellView(ShellViewModel viewModel, Function<Section, Parent> screens) {
        this.viewModel = viewModel;
        this.screens = screens;
    }

    public static Parent load(ShellViewModel viewModel, Function<Section, Parent> screens) {
        return new ShellView(viewModel, screens).build();
    }

    private Parent build() {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox();
        nav.getStyleClass().add("nav-bar");
        int position = 1;
        for (Section section : viewModel.sections()) {
            ToggleButton button = new ToggleButton(section.title(), new FontIcon(section.icon()));
            button.setId("nav-" + section.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.setToggleGroup(group);
            button.setUserData(section);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setTooltip(new Tooltip(section.title() + " (Ctrl+" + position++ + ")"));
            button.setSelected(section == viewModel.selectedProperty().get());
            nav.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((property, before, toggle) -> {
            if (toggle == null) {
                before.setSelected(true);   // one section is always shown
            } else {
                viewModel.selectedProperty().set((Section) toggle.getUserData());
            }
        });
        viewModel.selectedProperty().addListener((property, before, section) -> {
            group.getToggles().stream().filter(toggle -> toggle.getUserData() == section).findFirst()
                    .ifPresent(toggle -> toggle.setSelected(true));
            show(section);
        });

        Label brand = new Label("Ordo");
        brand.getStyleClass().add("title-4");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label user = new Label(viewModel.signedInAs(), new FontIcon("fth-user"));
        user.getStyleClass().add("text-muted");
        ToggleButton dark = new ToggleButton("Dark", new FontIcon("fth-moon"));
        dark.setId("darkThemeToggle");
        dark.setTooltip(new Tooltip("Dark theme, remembered for you"));
        dark.selectedProperty().bindBidirectional(viewModel.darkProperty());
        Button signOut = new Button("Sign out", new FontIcon("fth-log-out"));
        signOut.setId("signOutButton");
        signOut.setOnAction(event -> viewModel.signOut());
        HBox top = new HBox(12, brand, gap, user, dark, signOut);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("top-bar");

        root.setTop(top);
        root.setLeft(nav);
        show(viewModel.selectedProperty().get());
        root.sceneProperty().addListener((property, before, scene) -> {
            if (scene != null) {
                for (int n = 1; n <= Math.min(9, viewModel.sections().size()); n++) {
                    int chosen = n;
                    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(n)),
                            KeyCombination.SHORTCUT_DOWN), () -> viewModel.select(chosen));
                }
            }
        });
        return root;
    }

    private void show(Section section) {
        root.setCenter(made.computeIfAbsent(section, screens));
    }
}
