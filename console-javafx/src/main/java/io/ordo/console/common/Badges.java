package io.ordo.console.common;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/** Status badges: a rounded label in the colour of the status' {@link StatusTone}. */
public final class Badges {

    private Badges() {
    }

    /** Restyles {@code label} as a badge of {@code tone}. */
    public static void style(Label label, StatusTone tone) {
        label.getStyleClass().removeIf(style -> style.startsWith("badge"));
        if (tone != null) {
            label.getStyleClass().addAll("badge", tone.styleClass());
        }
    }

    /** A table cell that shows its text as a badge, coloured by {@code tone} of the row. */
    public static <S> TableCell<S, String> cell(java.util.function.Function<S, StatusTone> tone) {
        return new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                S row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (empty || text == null || row == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                badge.setText(text);
                style(badge, tone.apply(row));
                setText(null);
                setGraphic(badge);
            }
        };
    }
}
