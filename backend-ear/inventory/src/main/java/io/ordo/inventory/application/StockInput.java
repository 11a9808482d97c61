package io.ordo.inventory.application;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a stock movement by hand from its columns, checking each: the same rules for one
 * adjustment and for every row of a stock import. Columns: {@code sku, quantity} (signed for an
 * adjustment, positive for a receipt), {@code movement} ({@code adjusted}, the default, or
 * {@code received}), {@code reason} (required) and {@code note}.
 */
public final class StockInput {

    public static final Set<String> COLUMNS = Set.of("sku", "quantity", "movement", "reason", "note");
    public static final int MAX_REASON = 500;
    public static final int MAX_NOTE = 1000;
    public static final int MAX_QUANTITY = 1_000_000_000;

    /** A movement that passed every check; whether the stock allows it is decided when it is applied. */
    public record Checked(int line, String sku, boolean receipt, int quantity, String reason, String note) {
    }

    private StockInput() {
    }

    /** Checks one movement; a bad one is a 400 naming each wrong field. */
    public static Checked checkOne(ImportRow row) {
        RowErrors errors = new RowErrors();
        return check(row, errors).orElseThrow(() -> errors.asProblem("The stock movement is not valid"));
    }

    static Optional<Checked> check(ImportRow row, RowErrors errors) {
        row.reportUnreadable(errors);
        for (String column : row.values().keySet()) {
            if (!COLUMNS.contains(column)) {
                errors.add(row.line(), column, "is not a column of a stock movement; the columns are "
                        + String.join(", ", COLUMNS.stream().sorted().toList()));
            }
        }
        String sku = ProductInput.sku(row, errors);
        boolean receipt = false;
        String movement = row.value("movement");
        if (movement != null) {
            switch (movement.toLowerCase(Locale.ROOT)) {
                case "received" -> receipt = true;
                case "adjusted" -> receipt = false;
                default -> errors.add(row.line(), "movement", "must be adjusted or received, not " + ProductInput.shorten(movement));
            }
        }
        Integer quantity = quantity(row, receipt, errors);
        String reason = row.value("reason");
        if (reason == null) {
            errors.add(row.line(), "reason", "is required: say why the stock changes");
        } else if (reason.length() > MAX_REASON) {
            errors.add(row.line(), "reason", "must be at most " + MAX_REASON + " characters");
        }
        String note = row.value("note");
        if (note != null && note.length() > MAX_NOTE) {
            errors.add(row.line(), "note", "must be at most " + MAX_NOTE + " characters");
        }
        ProductInput.refuseControlCharacters(row, errors, "reason", "note");
        if (errors.bad(row.line())) {
            return Optional.empty();
        }
        return Optional.of(new Checked(row.line(), sku, receipt, quantity, reason, note));
    }

    private static Integer quantity(ImportRow row, boolean receipt, RowErrors errors) {
        String text = row.value("quantity");
        if (text == null) {
            errors.add(row.line(), "quantity", "is required");
            return null;
        }
        int quantity;
        try {
            quantity = Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            errors.add(row.line(), "quantity", "must be a whole number such as 12 or -3, not " + ProductInput.shorten(text));
            return null;
        }
        if (quantity == 0 || Math.abs((long) quantity) > MAX_QUANTITY) {
            errors.add(row.line(), "quantity", "must be a whole number from -" + MAX_QUANTITY + " to " + MAX_QUANTITY + " other than 0");
            return null;
        }
        if (receipt && quantity < 0) {
            errors.add(row.line(), "quantity", "of a receipt must be positive");
            return null;
        }
        return quantity;
    }
}
