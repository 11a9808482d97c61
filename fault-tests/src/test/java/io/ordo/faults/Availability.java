package io.ordo.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the storefront saw during a scenario, from every attempt it made: per window (before the
 * fault, during it, recovering, steady again) how many requests were answered and how, and how
 * long after healing the first request succeeded and the service was steady again.
 *
 * <p>An attempt belongs to the window in which it was sent. Steady from a moment on means every
 * request sent from then until the load stopped was answered 2xx within
 * {@link FaultProfile#GOOD_LATENCY}.
 */
record Availability(List<Window> windows, Optional<Duration> firstSuccessAfterHealing,
                    Optional<Duration> steadyAfterHealing, Retries retries) {

    /** One stretch of the run and the attempts sent in it. */
    record Window(String name, Duration length, List<Storefront.Attempt> attempts) {

        int requests() {
            return attempts.size();
        }

        long count(Storefront.Outcome outcome) {
            return attempts.stream().filter(attempt -> attempt.outcome() == outcome).count();
        }

        double answeredShare() {
            return share(attempts.stream().filter(attempt -> attempt.outcome().answered).count());
        }

        double okShare() {
            return share(count(Storefront.Outcome.OK));
        }

        private double share(long count) {
            return attempts.isEmpty() ? Double.NaN : 100.0 * count / attempts.size();
        }

        /** The {@code percentile}th latency of the answered attempts, in ms; -1 without any. */
        long latencyMillis(double percentile) {
            List<Long> sorted = attempts.stream().filter(attempt -> attempt.outcome().answered)
                    .map(attempt -> attempt.took().toMillis()).sorted().toList();
            if (sorted.isEmpty()) {
                return -1;
            }
            int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
        }

        Map<Storefront.Outcome, Long> byOutcome() {
            Map<Storefront.Outcome, Long> counts = new EnumMap<>(Storefront.Outcome.class);
            attempts.forEach(attempt -> counts.merge(attempt.outcome(), 1L, Long::sum));
            return counts;
        }
    }

    /**
     * How the storefront retried: orders it placed, those it had to send more than once, the most
     * attempts one took, and whether each order's attempts all carried one Idempotency-Key.
     */
    record Retries(int orders, int retried, int mostAttempts, int keysSeen, boolean oneKeyPerOrder) {
    }

    static boolean good(Storefront.Attempt attempt) {
        return attempt.outcome().ok && attempt.took().compareTo(FaultProfile.GOOD_LATENCY) <= 0;
    }

    static Availability of(List<Storefront.Attempt> attempts, Instant start, Instant fault, Instant healed, Instant stopped) {
        List<Storefront.Attempt> sorted = attempts.stream().sorted(Comparator.comparing(Storefront.Attempt::sent)).toList();
        List<Storefront.Attempt> afterHealing = sorted.stream().filter(attempt -> !attempt.sent().isBefore(healed)).toList();

        Optional<Instant> steadySince = steadySince(afterHealing, healed);
        Instant steadyFrom = steadySince.orElse(stopped);
        List<Window> windows = new ArrayList<>();
        windows.add(window("before", sorted, start, fault));
        windows.add(window("fault", sorted, fault, healed));
        windows.add(window("recovering", sorted, healed, steadyFrom));
        windows.add(window("steady again", sorted, steadyFrom, stopped.plusSeconds(1)));

        Optional<Duration> firstSuccess = sorted.stream()
                .filter(attempt -> attempt.outcome().ok && !attempt.ended().isBefore(healed))
                .map(Storefront.Attempt::ended).min(Comparator.naturalOrder())
                .map(ended -> Duration.between(healed, ended));
        return new Availability(windows, firstSuccess, steadySince.map(since -> Duration.between(healed, since)),
                retries(sorted));
    }

    /** The first moment after healing from which every request was good, if there is one with requests after it. */
    private static Optional<Instant> steadySince(List<Storefront.Attempt> afterHealing, Instant healed) {
        int lastBad = -1;
        for (int i = 0; i < afterHealing.size(); i++) {
            if (!good(afterHealing.get(i))) {
                lastBad = i;
            }
        }
        if (lastBad == -1) {
            return Optional.of(healed);
        }
        return lastBad + 1 < afterHealing.size() ? Optional.of(afterHealing.get(lastBad + 1).sent()) : Optional.empty();
    }

    private static Window window(String name, List<Storefront.Attempt> sorted, Instant from, Instant until) {
        return new Window(name, Duration.between(from, until).isNegative() ? Duration.ZERO : Duration.between(from, until),
                sorted.stream().filter(attempt -> !attempt.sent().isBefore(from) && attempt.sent().isBefore(until)).toList());
    }

    private static Retries retries(List<Storefront.Attempt> sorted) {
        Map<String, Long> attemptsPerKey = sorted.stream().filter(attempt -> attempt.idempotencyKey() != null)
                .collect(Collectors.groupingBy(Storefront.Attempt::idempotencyKey, Collectors.counting()));
        int most = attemptsPerKey.values().stream().mapToInt(Long::intValue).max().orElse(0);
        int retried = (int) attemptsPerKey.values().stream().filter(count -> count > 1).count();
        // A key is generated per order and only ever sent again for that order: one key per order
        // holds when no key reappears after its order was accepted (a 2xx) under another attempt.
        Set<String> acceptedTwice = sorted.stream().filter(attempt -> attempt.idempotencyKey() != null && attempt.outcome().ok)
                .collect(Collectors.groupingBy(Storefront.Attempt::idempotencyKey, Collectors.counting()))
                .entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
        return new Retries(attemptsPerKey.size(), retried, most, attemptsPerKey.size(), acceptedTwice.isEmpty());
    }

    /** The windows in which the fault was felt: during it and until steady again. */
    Window outage() {
        List<Storefront.Attempt> both = new ArrayList<>(windows.get(1).attempts());
        both.addAll(windows.get(2).attempts());
        return new Window("fault + recovering", windows.get(1).length().plus(windows.get(2).length()), both);
    }
}
