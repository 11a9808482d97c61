package io.ordo.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordo.inventory.published.events.InventoryEvents;
import io.ordo.ordering.published.events.OrderEvents;
import io.ordo.payments.published.events.PaymentEvents;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/asyncapi.yaml describes exactly the event types the contexts publish. */
class EventCatalogueTest {

    private static final Path CATALOGUE = Path.of("../../docs/asyncapi.yaml");
    private static final Pattern MESSAGE_NAME = Pattern.compile("^\\s+name: (\\w+)\\s*$", Pattern.MULTILINE);

    @Test
    void every_published_event_type_is_documented_and_nothing_else() throws IOException {
        Set<String> published = new TreeSet<>();
        for (Class<?> catalogue : new Class<?>[] {OrderEvents.class, InventoryEvents.class, PaymentEvents.class}) {
            published.addAll(eventTypes(catalogue));
        }
        Set<String> documented = new TreeSet<>();
        Matcher names = MESSAGE_NAME.matcher(Files.readString(CATALOGUE));
        while (names.find()) {
            documented.add(names.group(1));
        }

        assertThat(documented).isEqualTo(published);
    }

    private static Set<String> eventTypes(Class<?> catalogue) {
        Set<String> types = new TreeSet<>();
        for (Field field : catalogue.getFields()) {
            boolean constant = Modifier.isStatic(field.getModifiers()) && field.getType() == String.class;
            if (constant && !field.getName().equals("AGGREGATE")) {
                try {
                    types.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return types;
    }
}
