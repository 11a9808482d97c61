package io.ordo.ordering.domain;

import static io.ordo.ordering.domain.OrderFixture.bySystem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordo.platform.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderTest {

    @Test
    void a_placed_order_is_created_with_the_total_of_its_lines() {
        Order order = OrderFixture.placed();

        assertThat(order.status()).isEqualTo(OrderStatus.CREATED);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.NONE);
        assertThat(order.total()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(order.history()).singleElement().satisfies(change -> {
            assertThat(change.from()).isNull();
            assertThat(change.to()).isEqualTo(OrderStatus.CREATED);
            assertThat(change.actor()).isEqualTo("storefront:shop-1");
        });
    }

    @Test
    void an_order_without_lines_cannot_be_placed() {
        assertThatThrownBy(() -> Order.place(UUID.randomUUID(), "shop", new SealedCustomer(UUID.randomUUID(), "sealed", "email-hash", "terms"),
                Currency.getInstance("EUR"), List.of(), "tok_visa", bySystem(null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_happy_path_records_every_transition_in_order() {
        Order order = OrderFixture.in(OrderStatus.PAID);

        assertThat(order.history()).extracting(StatusChange::to)
                .containsExactly(OrderStatus.CREATED, OrderStatus.VALIDATED, OrderStatus.RESERVED, OrderStatus.PAID);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(order.transitions()).isEqualTo(4);
    }

    @Test
    void paid_order_cannot_be_reserved_again() {
        Order order = OrderFixture.in(OrderStatus.PAID);

        assertThatThrownBy(() -> order.reserve(OrderFixture.NOW, bySystem(null)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is PAID")
                .hasMessageContaining("cannot reserve")
                .hasMessageContaining("Possible from PAID: cancel, ship");
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.history()).hasSize(4);
    }

    @Test
    void shipped_is_final_and_says_so() {
        Order order = OrderFixture.in(OrderStatus.SHIPPED);

        assertThatThrownBy(() -> order.cancel(bySystem(null)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("SHIPPED is final");
    }

    @Test
    void a_declined_payment_fails_the_order_and_keeps_the_reason() {
        Order order = OrderFixture.in(OrderStatus.RESERVED);

        order.paymentDeclined(bySystem("PAYMENT_DECLINED: card_declined"));

        assertThat(order.status()).isEqualTo(OrderStatus.FAILED);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.DECLINED);
        assertThat(order.failureReason()).isEqualTo("PAYMENT_DECLINED: card_declined");
    }

    @Test
    void retry_sends_a_failed_order_back_to_created_and_clears_the_reason() {
        Order order = OrderFixture.in(OrderStatus.FAILED);

        order.retry(new Cause("staff:bob", "customer fixed the address", OrderFixture.NOW, "corr-2"));

        assertThat(order.status()).isEqualTo(OrderStatus.CREATED);
        assertThat(order.failureReason()).isNull();
        assertThat(order.history()).last().satisfies(change -> {
            assertThat(change.from()).isEqualTo(OrderStatus.FAILED);
            assertThat(change.actor()).isEqualTo("staff:bob");
            assertThat(change.correlationId()).isEqualTo("corr-2");
        });
    }

    @Test
    void every_transition_of_the_lifecycle_table_works_and_every_other_is_refused() {
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderAction action : OrderAction.values()) {
                Order order = OrderFixture.in(from);
                var expected = OrderLifecycle.next(from, action);
                Runnable attempt = () -> apply(order, action);
                if (expected.isPresent()) {
                    attempt.run();
                    assertThat(order.status()).as("%s --%s-->", from, action).isEqualTo(expected.get());
                } else {
                    assertThatThrownBy(attempt::run).as("%s --%s--> must be refused", from, action)
                            .isInstanceOf(IllegalTransitionException.class);
                    assertThat(order.status()).isEqualTo(from);
                }
            }
        }
    }

    @Test
    void the_lifecycle_matches_the_design_table() {
        assertThat(OrderLifecycle.TRANSITIONS).hasSize(15);
        assertThat(OrderLifecycle.actionsFrom(OrderStatus.CREATED))
                .containsExactlyInAnyOrder(OrderAction.VALIDATE, OrderAction.FAIL, OrderAction.CANCEL);
        assertThat(OrderLifecycle.actionsFrom(OrderStatus.RESERVED))
                .containsExactlyInAnyOrder(OrderAction.PAY, OrderAction.FAIL, OrderAction.EXPIRE, OrderAction.CANCEL);
        assertThat(OrderLifecycle.actionsFrom(OrderStatus.SHIPPED)).isEmpty();
        assertThat(OrderLifecycle.actionsFrom(OrderStatus.CANCELLED)).isEmpty();
    }

    @Test
    void a_shipped_order_remembers_carrier_and_tracking_number() {
        Order order = OrderFixture.in(OrderStatus.PAID);

        order.ship(new Shipment("UPS", "1Z999"), bySystem(null));

        assertThat(order.shipment()).contains(new Shipment("UPS", "1Z999"));
    }

    @Test
    void a_reservation_lapses_at_its_deadline_and_only_while_reserved() {
        Order order = OrderFixture.in(OrderStatus.VALIDATED);
        order.reserve(OrderFixture.NOW.plusSeconds(60), bySystem(null));

        assertThat(order.reservationLapsed(OrderFixture.NOW.plusSeconds(59))).isFalse();
        assertThat(order.reservationLapsed(OrderFixture.NOW.plusSeconds(60))).isTrue();
        order.pay(bySystem(null));
        assertThat(order.reservationLapsed(OrderFixture.NOW.plusSeconds(3600))).isFalse();
    }

    @Test
    void refunds_and_voids_change_the_payment_status_but_not_the_order_status() {
        Order order = OrderFixture.in(OrderStatus.PAID);
        order.cancel(bySystem("customer asked"));

        order.paymentRefunded(OrderFixture.NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(order.history()).hasSize(5);
    }

    private static void apply(Order order, OrderAction action) {
        Cause cause = bySystem("test");
        switch (action) {
            case VALIDATE -> order.validate(cause);
            case FAIL -> order.fail(cause);
            case RESERVE -> order.reserve(OrderFixture.NOW.plusSeconds(60), cause);
            case PAY -> order.pay(cause);
            case EXPIRE -> order.expire(cause);
            case CANCEL -> order.cancel(cause);
            case SHIP -> order.ship(new Shipment("DHL", "JD0001"), cause);
            case RETRY -> order.retry(cause);
            default -> throw new IllegalArgumentException(action.name());
        }
    }
}
