package io.ordo.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The state machine published in docs/order-lifecycle.md is exactly the one the code enforces. */
class OrderLifecycleDocumentTest {

    private static final Path DOCUMENT = Path.of("../../docs/order-lifecycle.md");
    private static final Pattern ARROW = Pattern.compile("^\\s*([A-Z]+) --> ([A-Z]+) : ([a-z]+)\\s*$");

    @Test
    void the_documented_diagram_has_every_transition_of_the_code_and_no_other() throws IOException {
        Set<String> documented = Files.readAllLines(DOCUMENT).stream()
                .map(ARROW::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1) + " -" + m.group(3) + "-> " + m.group(2))
                .collect(Collectors.toSet());

        Set<String> enforced = OrderLifecycle.TRANSITIONS.stream()
                .map(t -> t.from() + " -" + t.action().name().toLowerCase(Locale.ROOT) + "-> " + t.to())
                .collect(Collectors.toSet());

        assertThat(documented).isEqualTo(enforced);
    }
}
