package io.ordo.sandbox.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PaymentLedgerTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private final PaymentLedger ledger = new PaymentLedger(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void replaysTheFirstAnswerOfAKey() {
        IdempotencyKey key = new IdempotencyKey("k");

        LedgerOutcome first = ledger.open(key, request("10.00", TestCard.VISA, false), false);
        LedgerOutcome again = ledger.open(key, request("10", TestCard.VISA, false), false);

        Payment payment = succeeded(first).payment();
        assertThat(succeeded(first).replayed()).isFalse();
        assertThat(succeeded(again).replayed()).isTrue();
        assertThat(succeeded(again).payment()).isSameAs(payment);
        assertThat(ledger.stats().authorizations()).containsExactlyEntriesOf(Map.of("order-1", 1L));
    }

    @Test
    void callersRacingWithOneKeyOpenOnePayment() throws Exception {
        int keys = 300;
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        Set<PaymentId> opened = ConcurrentHashMap.newKeySet();
        try {
            for (int k = 0; k < keys; k++) {
                IdempotencyKey key = new IdempotencyKey("k" + k);
                CyclicBarrier start = new CyclicBarrier(racers);
                List<Future<LedgerOutcome>> outcomes = new ArrayList<>();
                for (int r = 0; r < racers; r++) {
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        return ledger.open(key, request("10.00", TestCard.VISA, true), false);
                    }));
                }
                for (Future<LedgerOutcome> outcome : outcomes) {
                    opened.add(succeeded(outcome.get()).payment().id());
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(opened).hasSize(keys);
        assertThat(ledger.stats().captures()).containsExactlyEntriesOf(Map.of("order-1", (long) keys));
    }

    @Test
    void refusesAKeyUsedForAnotherCall() {
        IdempotencyKey key = new IdempotencyKey("k");
        ledger.open(key, request("10.00", TestCard.VISA, false), false);

        assertThat(ledger.open(key, request("11.00", TestCard.VISA, false), false))
                .isInstanceOf(LedgerOutcome.KeyReused.class);
    }

    @Test
    void aForcedDeclineOverridesTheCard() {
        Payment payment = succeeded(ledger.open(new IdempotencyKey("k"), request("10.00", TestCard.VISA, true), true)).payment();

        assertThat(payment.status()).isEqualTo(PaymentStatus.DECLINED);
        assertThat(payment.declineReason()).contains(DeclineReason.CARD_DECLINED);
        assertThat(ledger.stats().captures()).isEmpty();
        assertThat(ledger.stats().declines()).containsEntry("order-1", 1L);
    }

    @Test
    void refundsPartiallyThenFullyThenRefuses() {
        PaymentId id = succeeded(ledger.open(new IdempotencyKey("open"), request("10.00", TestCard.VISA, true), false))
                .payment().id();

        Payment partly = succeeded(ledger.refund(new IdempotencyKey("r1"), id, Optional.of(Money.parsePositive("4", EUR)))).payment();
        LedgerOutcome tooMuch = ledger.refund(new IdempotencyKey("r2"), id, Optional.of(Money.parsePositive("6.01", EUR)));
        Payment fully = succeeded(ledger.refund(new IdempotencyKey("r3"), id, Optional.empty())).payment();

        assertThat(partly.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(partly.refundedAmount().toPlainString()).isEqualTo("4.00");
        assertThat(tooMuch).isInstanceOf(LedgerOutcome.StateConflict.class);
        assertThat(fully.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(fully.refundedAmount().toPlainString()).isEqualTo("10.00");
        assertThat(ledger.stats().refunds()).containsEntry("order-1", 2L);
    }

    @Test
    void changingAnUnknownPaymentFindsNothing() {
        assertThat(ledger.capture(new IdempotencyKey("k"), new PaymentId("pay_none")))
                .isInstanceOf(LedgerOutcome.PaymentNotFound.class);
        assertThat(ledger.findByIdempotencyKey(new IdempotencyKey("k"))).isEmpty();
    }

    @Test
    void clearForgetsEverything() {
        IdempotencyKey key = new IdempotencyKey("k");
        ledger.open(key, request("10.00", TestCard.VISA, true), false);

        ledger.clear();

        assertThat(ledger.findByIdempotencyKey(key)).isEmpty();
        assertThat(ledger.stats().captures()).isEmpty();
    }

    private static PaymentRequest request(String amount, TestCard card, boolean capture) {
        return new PaymentRequest(Money.parsePositive(amount, EUR), "order-1", card, capture);
    }

    private static LedgerOutcome.Succeeded succeeded(LedgerOutcome outcome) {
        assertThat(outcome).isInstanceOf(LedgerOutcome.Succeeded.class);
        return (LedgerOutcome.Succeeded) outcome;
    }
}
