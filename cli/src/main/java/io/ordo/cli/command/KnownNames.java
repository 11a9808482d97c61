package io.ordo.cli.command;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads an argument as one of the statuses the client knows (order, payment, dead letter),
 * whatever its case. The server may know more, but a filter the client cannot name is far more
 * often a typo, so it fails here and lists the right names.
 *
 * @param <T> the open set of names, e.g. {@link io.ordo.client.model.OrderStatus}
 */
public final class KnownNames<T> implements ITypeConverter<T> {

    private final String what;
    private final List<T> known;
    private final Function<T, String> nameOf;

    public KnownNames(String what, T[] known, Function<T, String> nameOf) {
        this.what = what;
        this.known = List.of(known);
        this.nameOf = nameOf;
    }

    @Override
    public T convert(String value) {
        return known.stream().filter(candidate -> nameOf.apply(candidate).equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> new TypeConversionException("'" + value + "' is not " + what + "; one of "
                        + known.stream().map(nameOf).collect(Collectors.joining(", "))));
    }

    /** The names, for shell completion and help texts. */
    public static <T> List<String> namesOf(T[] known, Function<T, String> nameOf) {
        return Arrays.stream(known).map(nameOf).toList();
    }
}
