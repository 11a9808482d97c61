package io.ordo.sandbox.ledger;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * All payments the gateway has seen and the idempotency-key store, kept in memory.
 *
 * <p>Every call runs under the ledger's lock. A call takes microseconds, and one lock makes "look
 * up the key, change the payment, store the answer under the key" atomic: twenty identical
 * requests racing with one key open exactly one payment.
 *
 * <p>Keys are shared by all operations, as at a real gateway: a key names one call, so using it
 * again for anything but the same call is refused. Only calls that took effect are stored under
 * their key; a refused call can be retried with the same key once the refusal no longer applies.
 */
public final class PaymentLedger {

    private final Clock clock;
    private final Map<PaymentId, Payment> payments = new HashMap<>();
    private final Map<IdempotencyKey, KeyedCall> calls = new HashMap<>();
    private final Map<Activity, Map<String, Long>> activity = new EnumMap<>(Activity.class);

    public PaymentLedger(Clock clock) {
        this.clock = clock;
    }

    /** Opens a payment; {@code forceDecline} makes the issuer decline whatever the card. */
    public synchronized LedgerOutcome open(IdempotencyKey key, PaymentRequest request, boolean forceDecline) {
        return keyed(key, new Open(request), () -> {
            Payment payment = Payment.open(PaymentId.random(), request, forceDecline, clock.instant());
            payments.put(payment.id(), payment);
            if (payment.status() == PaymentStatus.DECLINED) {
                count(Activity.DECLINE, payment);
            } else {
                count(Activity.AUTHORIZATION, payment);
            }
            if (payment.status() == PaymentStatus.CAPTURED) {
                count(Activity.CAPTURE, payment);
            }
            return new LedgerOutcome.Succeeded(payment, true, false);
        });
    }

    public synchronized LedgerOutcome capture(IdempotencyKey key, PaymentId id) {
        return keyed(key, new Capture(id), () -> change(id, Payment::capture, Activity.CAPTURE));
    }

    public synchronized LedgerOutcome voidAuthorization(IdempotencyKey key, PaymentId id) {
        return keyed(key, new VoidAuthorization(id), () -> change(id, Payment::voidAuthorization, Activity.VOID));
    }

    /** Refunds {@code amount}, or all that is left to refund when empty. */
    public synchronized LedgerOutcome refund(IdempotencyKey key, PaymentId id, Optional<Money> amount) {
        return keyed(key, new Refund(id, amount), () -> change(id, payment -> payment.refund(amount), Activity.REFUND));
    }

    public synchronized Optional<Payment> find(PaymentId id) {
        return Optional.ofNullable(payments.get(id));
    }

    /**
     * The payment, as it is now, that the call made with this key acted on: how a caller that never
     * got an answer finds out whether its call went through.
     */
    public synchronized Optional<Payment> findByIdempotencyKey(IdempotencyKey key) {
        return Optional.ofNullable(calls.get(key)).map(call -> payments.get(call.answer().payment().id()));
    }

    public synchronized LedgerStats stats() {
        return new LedgerStats(counts(Activity.AUTHORIZATION), counts(Activity.CAPTURE),
                counts(Activity.REFUND), counts(Activity.VOID), counts(Activity.DECLINE));
    }

    /** Forgets every payment, key and count. */
    public synchronized void clear() {
        payments.clear();
        calls.clear();
        activity.clear();
    }

    private LedgerOutcome keyed(IdempotencyKey key, Call call, Supplier<LedgerOutcome> firstTime) {
        KeyedCall earlier = calls.get(key);
        if (earlier != null) {
            if (!earlier.call().equals(call)) {
                return new LedgerOutcome.KeyReused(key);
            }
            return new LedgerOutcome.Succeeded(earlier.answer().payment(), earlier.answer().created(), true);
        }
        LedgerOutcome outcome = firstTime.get();
        if (outcome instanceof LedgerOutcome.Succeeded answer) {
            calls.put(key, new KeyedCall(call, answer));
        }
        return outcome;
    }

    private LedgerOutcome change(PaymentId id, Function<Payment, PaymentChange> transition,
                                 Activity recordedAs) {
        Payment current = payments.get(id);
        if (current == null) {
            return new LedgerOutcome.PaymentNotFound(id);
        }
        PaymentChange change = transition.apply(current);
        if (change instanceof PaymentChange.Refused refused) {
            return new LedgerOutcome.StateConflict(current.status(), refused.reason());
        }
        Payment changed = ((PaymentChange.Applied) change).payment();
        payments.put(id, changed);
        count(recordedAs, changed);
        return new LedgerOutcome.Succeeded(changed, false, false);
    }

    private void count(Activity kind, Payment payment) {
        activity.computeIfAbsent(kind, k -> new HashMap<>()).merge(payment.reference(), 1L, Long::sum);
    }

    private Map<String, Long> counts(Activity kind) {
        return activity.getOrDefault(kind, Map.of());
    }

    private enum Activity { AUTHORIZATION, CAPTURE, REFUND, VOID, DECLINE }

    /** What a key was used for; equal calls are the same call retried. */
    private sealed interface Call permits Open, Capture, VoidAuthorization, Refund {
    }

    private record Open(PaymentRequest request) implements Call {
    }

    private record Capture(PaymentId id) implements Call {
    }

    private record VoidAuthorization(PaymentId id) implements Call {
    }

    private record Refund(PaymentId id, Optional<Money> amount) implements Call {
    }

    private record KeyedCall(Call call, LedgerOutcome.Succeeded answer) {
    }
}
