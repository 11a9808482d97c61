package io.ordo.inventory.application;

import io.ordo.inventory.domain.ProductDetails;
import io.ordo.platform.money.Money;
import io.ordo.platform.web.UnsafeText;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a product from its columns, checking each: the same rules for one product sent by an
 * admin and for every row of a catalogue import. Columns: {@code sku, name, description, price,
 * currency, active, lowStockThreshold}.
 */
public final class ProductInput {

    public static final Set<String> COLUMNS = Set.of("sku", "name", "description", "price", "currency", "active",
            "lowStockThreshold");
    public static final Pattern SKU = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    static final int DEFAULT_LOW_STOCK_THRESHOLD = 5;
    static final int MAX_THRESHOLD = 1_000_000;
    private static final BigDecimal MAX_PRICE = new BigDecimal("1000000000000000");

    /** A product that passed every check. */
    public record Checked(String sku, ProductDetails details) {
    }

    private ProductInput() {
    }

    /**
     * @param errors where each wrong column is reported, against the row's line
     * @return the product, if every column is right
     */
    static Optional<Checked> check(ImportRow row, RowErrors errors) {
        row.reportUnreadable(errors);
        for (String column : row.values().keySet()) {
            if (!COLUMNS.contains(column)) {
                errors.add(row.line(), column, "is not a column of a product; the columns are " + String.join(", ", sorted()));
            }
        }
        String sku = sku(row, errors);
        String name = row.value("name");
        if (name == null) {
            errors.add(row.line(), "name", "is required");
        } else if (name.length() > ProductDetails.MAX_NAME) {
            errors.add(row.line(), "name", "must be at most " + ProductDetails.MAX_NAME + " characters");
            name = null;
        }
        String description = row.values().getOrDefault("description", "");
        description = description == null ? "" : description.strip();
        if (description.length() > ProductDetails.MAX_DESCRIPTION) {
            errors.add(row.line(), "description", "must be at most " + ProductDetails.MAX_DESCRIPTION + " characters");
            description = null;
        }
        Currency currency = currency(row, errors);
        BigDecimal price = price(row, currency, errors);
        Boolean active = active(row, errors);
        Integer threshold = threshold(row, errors);
        refuseControlCharacters(row, errors, "name", "description");
        if (errors.bad(row.line())) {
            return Optional.empty();
        }
        return Optional.of(new Checked(sku, new ProductDetails(name, description, new Money(price, currency), active, threshold)));
    }

    static String sku(ImportRow row, RowErrors errors) {
        String sku = row.value("sku");
        if (sku == null) {
            errors.add(row.line(), "sku", "is required");
            return null;
        }
        if (!SKU.matcher(sku).matches()) {
            errors.add(row.line(), "sku", "must be 1 to 64 letters, digits, '.', '_' or '-'");
            return null;
        }
        return sku;
    }

    private static Currency currency(ImportRow row, RowErrors errors) {
        String code = row.value("currency");
        if (code == null) {
            errors.add(row.line(), "currency", "is required (an ISO 4217 code such as EUR)");
            return null;
        }
        try {
            if (code.matches("[A-Z]{3}")) {
                return Currency.getInstance(code);
            }
        } catch (IllegalArgumentException unknown) {
            // answered below
        }
        errors.add(row.line(), "currency", "must be an ISO 4217 code such as EUR, not " + shorten(code));
        return null;
    }

    private static BigDecimal price(ImportRow row, Currency currency, RowErrors errors) {
        String text = row.value("price");
        if (text == null) {
            errors.add(row.line(), "price", "is required");
            return null;
        }
        BigDecimal price;
        try {
            if (!text.matches("-?\\d{1,20}(\\.\\d{1,10})?")) {
                throw new NumberFormatException();
            }
            price = new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(row.line(), "price", "must be a decimal amount such as 12.50, not " + shorten(text));
            return null;
        }
        if (price.signum() < 0) {
            errors.add(row.line(), "price", "cannot be negative");
            return null;
        }
        if (price.compareTo(MAX_PRICE) >= 0) {
            errors.add(row.line(), "price", "must be below " + MAX_PRICE.toPlainString());
            return null;
        }
        if (currency != null && price.stripTrailingZeros().scale() > Math.max(currency.getDefaultFractionDigits(), 0)) {
            errors.add(row.line(), "price", "has more decimals than " + currency.getCurrencyCode() + " allows ("
                    + currency.getDefaultFractionDigits() + ")");
            return null;
        }
        return price;
    }

    private static Boolean active(ImportRow row, RowErrors errors) {
        String text = row.value("active");
        if (text == null) {
            return true;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(row.line(), "active", "must be true or false, not " + shorten(text));
                yield null;
            }
        };
    }

    private static Integer threshold(ImportRow row, RowErrors errors) {
        String text = row.value("lowStockThreshold");
        if (text == null) {
            return DEFAULT_LOW_STOCK_THRESHOLD;
        }
        try {
            int threshold = Integer.parseInt(text);
            if (threshold >= 0 && threshold <= MAX_THRESHOLD) {
                return threshold;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        errors.add(row.line(), "lowStockThreshold", "must be a whole number from 0 to " + MAX_THRESHOLD + ", not " + shorten(text));
        return null;
    }

    private static java.util.List<String> sorted() {
        return COLUMNS.stream().sorted().toList();
    }

    /**
     * Refuses characters no text field takes ({@link UnsafeText}: NUL and the other control
     * characters, tab and line breaks aside, bidi overrides, noncharacters...), which would
     * otherwise reach a terminal, a spreadsheet or a database as they are.
     */
    static void refuseControlCharacters(ImportRow row, RowErrors errors, String... columns) {
        for (String column : columns) {
            String value = row.values().get(column);
            if (value != null) {
                UnsafeText.problemIn(value).ifPresent(problem -> errors.add(row.line(), column, problem));
            }
        }
    }

    /** Echoes a bad value back, cut short: a report must not grow with a hostile file's fields. */
    static String shorten(String value) {
        String text = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return "\"" + text + "\"";
    }
}
