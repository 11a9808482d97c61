package io.ordo.console.common;

import io.ordo.client.model.OrderStatus;
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

    /**
     * A table cell that shows its text (an order status) as a badge of that status' tone. The tone
     * comes from the text itself, not from the row, which a cell may be given only after its text.
     */
    public static <S> TableCell<S, String> statusCell() {
        return new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(null);
                if (empty || text == null || text.isBlank()) {
                    setGraphic(null);
                    return;
                }
                badge.setText(text);
                style(badge, StatusTone.of(OrderStatus.of(text)));
                setGraphic(badge);
            }
        };
    }
}
