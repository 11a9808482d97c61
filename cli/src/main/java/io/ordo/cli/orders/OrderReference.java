package io.ordo.cli.orders;

import io.ordo.cli.command.CliException;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.output.Formats;
import io.ordo.client.OrderQuery;
import io.ordo.client.OrdoClient;
import io.ordo.client.model.OrderSummary;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An order as a person names it on the command line: its whole id, or the first characters of
 * it, as the console shows eight. A prefix stands for the one order whose id starts with it;
 * when several do, the person is shown them and asked for more characters.
 */
public record OrderReference(String text) {

    private static final String ID_SHAPE = "3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10";
    /** How many of the orders sharing a prefix are listed when it is ambiguous. */
    private static final int CANDIDATES_SHOWN = 5;

    /** Checks the characters here, so a typo is named at once rather than as "not found". */
    public static OrderReference parse(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        boolean shaped = !text.isEmpty() && text.length() <= ID_SHAPE.length();
        for (int i = 0; shaped && i < text.length(); i++) {
            char c = text.charAt(i);
            shaped = ID_SHAPE.charAt(i) == '-' ? c == '-' : Character.digit(c, 16) >= 0;
        }
        if (!shaped) {
            throw new TypeConversionException("'" + value + "' is not an order id or the start of one: ids look like "
                    + ID_SHAPE + ", and their first characters (e.g. 3f2a1c9e) name them too");
        }
        return new OrderReference(text);
    }

    /** The id of the order named: at once for a whole id, else by asking the server. */
    public UUID resolve(OrdoClient client) {
        if (text.length() == ID_SHAPE.length()) {
            return UUID.fromString(text);
        }
        List<OrderSummary> matches = client.orders(OrderQuery.all().withIdPrefix(text)
                .withLimit(CANDIDATES_SHOWN + 1)).items();
        if (matches.isEmpty()) {
            throw new CliException(ExitCodes.NOT_FOUND, "No order's id starts with " + text
                    + ". See the ids with: ordo orders list");
        }
        if (matches.size() > 1) {
            throw new CliException(ExitCodes.USAGE, text + " starts the ids of several orders; give more of the id:"
                    + matches.stream().limit(CANDIDATES_SHOWN).map(OrderReference::candidate)
                            .collect(Collectors.joining("\n  ", "\n  ", ""))
                    + (matches.size() > CANDIDATES_SHOWN ? "\n  and more" : ""));
        }
        return matches.get(0).id();
    }

    private static String candidate(OrderSummary order) {
        return order.id() + "  " + order.status() + "  " + Formats.time(order.createdAt());
    }

    /** picocli's converter for {@code ID} parameters. */
    public static final class Converter implements ITypeConverter<OrderReference> {

        @Override
        public OrderReference convert(String value) {
            return parse(value);
        }
    }
}
