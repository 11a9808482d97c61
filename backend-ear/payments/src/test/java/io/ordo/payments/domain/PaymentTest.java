package io.ordo.payments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordo.platform.money.Money;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private final Instant now = Instant.parse("2026-02-01T12:00:00Z");
    private final UUID order = UUID.fromString("00000000-0000-0000-0000-000000000042");

    private Payment started() {
        return Payment.start(order, Money.of("10.00", "EUR"), "tok_visa", now);
    }

    private static GatewayPayment answer(GatewayPayment.Status status) {
        return new GatewayPayment("pay_1", status, status == GatewayPayment.Status.DECLINED ? "card_declined" : null);
    }

    @Test
    void the_idempotency_keys_are_fixed_before_any_gateway_call() {
        Payment payment = started();

        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.nextStep()).as("a sale: authorized and captured in one call").isEqualTo(GatewayStep.CHARGE);
        assertThat(payment.authorizationKey()).isEqualTo("order-" + order + "-1:authorize");
        assertThat(payment.captureKey()).isEqualTo("order-" + order + "-1:capture");
    }

    @Test
    void authorize_then_capture_then_nothing() {
        Payment payment = started();
        payment.record(answer(GatewayPayment.Status.AUTHORIZED), now);
        assertThat(payment.nextStep()).isEqualTo(GatewayStep.CAPTURE);

        payment.record(answer(GatewayPayment.Status.CAPTURED), now);

        assertThat(payment.nextStep()).isEqualTo(GatewayStep.NONE);
    }

    @Test
    void a_lost_authorization_answer_is_looked_up_under_the_same_key() {
        Payment payment = started();
        String key = payment.authorizationKey();

        payment.outcomeUnknown("timeout", now);

        assertThat(payment.status()).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(payment.nextStep()).isEqualTo(GatewayStep.LOOK_UP);
        assertThat(payment.authorizationKey()).isEqualTo(key);
    }

    @Test
    void a_lost_capture_answer_keeps_the_payment_authorized_so_the_capture_is_repeated_with_its_key() {
        Payment payment = started();
        payment.record(answer(GatewayPayment.Status.AUTHORIZED), now);

        payment.outcomeUnknown("timeout", now);

        assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(payment.nextStep()).isEqualTo(GatewayStep.CAPTURE);
    }

    @Test
    void an_unwanted_authorization_is_voided_and_an_unwanted_capture_refunded() {
        Payment authorized = started();
        authorized.record(answer(GatewayPayment.Status.AUTHORIZED), now);
        Payment captured = started();
        captured.record(answer(GatewayPayment.Status.CAPTURED), now);

        authorized.notWanted(now);
        captured.notWanted(now);

        assertThat(authorized.nextStep()).isEqualTo(GatewayStep.VOID);
        assertThat(captured.nextStep()).isEqualTo(GatewayStep.REFUND);
    }

    @Test
    void a_refund_whose_answer_was_lost_is_repeated_not_turned_into_a_void() {
        Payment payment = started();
        payment.record(answer(GatewayPayment.Status.CAPTURED), now);
        payment.notWanted(now);

        payment.outcomeUnknown("timeout during refund", now);

        assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(payment.nextStep()).isEqualTo(GatewayStep.REFUND);
    }

    @Test
    void a_retried_order_reuses_a_captured_payment_instead_of_charging_again() {
        Payment payment = started();
        payment.record(answer(GatewayPayment.Status.CAPTURED), now);

        boolean newAttempt = payment.wantedAgain(now);

        assertThat(newAttempt).isFalse();
        assertThat(payment.attempt()).isEqualTo(1);
        assertThat(payment.nextStep()).isEqualTo(GatewayStep.NONE);
    }

    @Test
    void a_retried_order_pays_again_under_a_new_key_after_a_decline_or_refund() {
        Payment declined = started();
        declined.record(answer(GatewayPayment.Status.DECLINED), now);
        assertThat(declined.declineReason()).isEqualTo("card_declined");

        assertThat(declined.wantedAgain(now)).isTrue();

        assertThat(declined.attempt()).isEqualTo(2);
        assertThat(declined.authorizationKey()).isEqualTo("order-" + order + "-2:authorize");
        assertThat(declined.nextStep()).isEqualTo(GatewayStep.CHARGE);
    }

    @Test
    void a_sale_answered_captured_needs_nothing_more() {
        Payment payment = started();

        payment.record(answer(GatewayPayment.Status.CAPTURED), now);

        assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(payment.nextStep()).isEqualTo(GatewayStep.NONE);
    }

    @Test
    void a_payment_no_longer_wanted_before_its_first_call_is_only_authorized_under_its_key_then_voided() {
        Payment payment = started();
        payment.notWanted(now);

        assertThat(payment.nextStep()).as("no capture for an order that is gone").isEqualTo(GatewayStep.AUTHORIZE);
        payment.record(answer(GatewayPayment.Status.AUTHORIZED), now);
        assertThat(payment.nextStep()).isEqualTo(GatewayStep.VOID);
    }

    @Test
    void closed_payments_ignore_a_cancellation() {
        Payment payment = started();
        payment.record(answer(GatewayPayment.Status.DECLINED), now);

        payment.notWanted(now);

        assertThat(payment.cancelRequested()).isFalse();
        assertThat(payment.nextStep()).isEqualTo(GatewayStep.NONE);
    }
}
