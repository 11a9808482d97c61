package io.ordo.ordering.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderIdPrefixTest {

    @Test
    void a_prefix_spans_every_id_that_starts_with_it_and_no_other() {
        OrderIdPrefix prefix = new OrderIdPrefix("F13C6F95");

        assertThat(prefix.lowest()).isEqualTo(UUID.fromString("f13c6f95-0000-0000-0000-000000000000"));
        assertThat(prefix.highest()).isEqualTo(UUID.fromString("f13c6f95-ffff-ffff-ffff-ffffffffffff"));
    }

    @Test
    void a_prefix_may_reach_past_a_dash_or_be_the_whole_id() {
        String id = "3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10";

        assertThat(new OrderIdPrefix("3f2a1c9e-8").lowest()).isEqualTo(UUID.fromString("3f2a1c9e-8000-0000-0000-000000000000"));
        assertThat(new OrderIdPrefix("3f2a1c9e-").highest()).isEqualTo(UUID.fromString("3f2a1c9e-ffff-ffff-ffff-ffffffffffff"));
        assertThat(new OrderIdPrefix(id).lowest()).isEqualTo(UUID.fromString(id));
        assertThat(new OrderIdPrefix(id).highest()).isEqualTo(UUID.fromString(id));
    }

    @Test
    void what_cannot_start_an_id_is_refused_saying_where() {
        assertThatThrownBy(() -> new OrderIdPrefix("f13g")).hasMessageContaining("'g' at position 4");
        assertThatThrownBy(() -> new OrderIdPrefix("f13c6f950")).hasMessageContaining("no dash at position 9");
        assertThatThrownBy(() -> new OrderIdPrefix("")).hasMessageContaining("1 to 36");
        assertThatThrownBy(() -> new OrderIdPrefix("3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f100")).hasMessageContaining("1 to 36");
        assertThatThrownBy(() -> new OrderIdPrefix("' or 1=1")).isInstanceOf(IllegalArgumentException.class);
    }
}
