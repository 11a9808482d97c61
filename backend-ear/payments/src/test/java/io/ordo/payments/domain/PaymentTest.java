package io.ordo.payments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordo.platform.money.Money;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private final Instant now = Instant.parse("2026-02-01T12:00:00Z");
    private final UUID order = UUID.fromString("00000000-0000-0000-0000-000000000042");

    @Test
    void the_idempotency_key_is_fixed_before_any_gateway_call() {
        Payment payment = Payment.start(order, Money.of("10.00", "EUR"), "tok_visa", now);

        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.authorizationKey()).isEqualTo("order-" + order + "-1:authorize");
        assertThat(payment.captureKey()).isEqualTo("order-" + order + "-1:capture");
    }

    @Test
    void a_lost_answer_leaves_the_outcome_unknown_without_forgetting_the_key() {
        Payment payment = Payment.start(order, Money.of("10.00", "EUR"), "tok_visa", now);
        String key = payment.authorizationKey();

        payment.outcomeUnknown("timeout", now);

        assertThat(payment.status()).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(payment.authorizationKey()).isEqualTo(key);
    }

    @Test
    void a_captured_payment_stays_captured_when_a_late_error_arrives() {
        Payment payment = Payment.start(order, Money.of("10.00", "EUR"), "tok_visa", now);
        payment.record(new GatewayPayment("pay_1", GatewayPayment.Status.CAPTURED, null), now);

        payment.outcomeUnknown("late timeout", now);

        assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
    }

    @Test
    void a_declined_payment_can_be_attempted_again_under_a_new_key() {
        Payment payment = Payment.start(order, Money.of("10.00", "EUR"), "tok_decline", now);
        payment.record(new GatewayPayment("pay_1", GatewayPayment.Status.DECLINED, "card_declined"), now);
        assertThat(payment.declineReason()).isEqualTo("card_declined");

        payment.retryAfterDecline(now);

        assertThat(payment.attempt()).isEqualTo(2);
        assertThat(payment.authorizationKey()).isEqualTo("order-" + order + "-2:authorize");
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void a_captured_payment_is_never_started_again() {
        Payment payment = Payment.start(order, Money.of("10.00", "EUR"), "tok_visa", now);
        payment.record(new GatewayPayment("pay_1", GatewayPayment.Status.CAPTURED, null), now);

        assertThatThrownBy(() -> payment.retryAfterDecline(now)).isInstanceOf(IllegalStateException.class);
    }
}
