package io.ordo.benchmark;

import java.util.List;

/**
 * When the pipeline keeps up with a placement rate. A rate R (orders asked per second, open
 * model) is sustainable when, over the measured part of its phase (after the warm-up, until the
 * load stops), all three hold:
 *
 * <ol>
 *   <li><b>placed</b>: the API answered at least {@code (1 - TOLERANCE) × R} successful placements per second;</li>
 *   <li><b>paid</b>: orders reached PAID (entries in the status history) at a rate of at least
 *       {@code (1 - TOLERANCE)} × the successful placements per second;</li>
 *   <li><b>bounded</b>: the backlog — unpublished outbox rows plus messages waiting on every
 *       consumer's queue, sampled every second — grew by at most {@code TOLERANCE × R} messages per
 *       second (least-squares slope over the samples). Every order puts at least one message through
 *       each stage, so a pipeline that falls behind by more than one order in twenty grows its
 *       backlog faster than that.</li>
 * </ol>
 *
 * The highest sustainable rate is the highest rate of the sweep that was sustainable.
 */
final class Sustainability {

    static final double TOLERANCE = 0.05;

    /** The three tests of one phase, with the figures they were made on. */
    record Verdict(double asked, double placed, double paid, double backlogGrowthPerSecond) {

        boolean placedKeptUp() {
            return placed >= (1 - TOLERANCE) * asked;
        }

        boolean paidKeptUp() {
            return paid >= (1 - TOLERANCE) * placed;
        }

        boolean backlogBounded() {
            return backlogGrowthPerSecond <= TOLERANCE * asked;
        }

        boolean sustainable() {
            return placedKeptUp() && paidKeptUp() && backlogBounded();
        }

        /** Which tests failed, or "sustainable". */
        String explain() {
            if (sustainable()) {
                return "sustainable";
            }
            StringBuilder failed = new StringBuilder("no:");
            if (!placedKeptUp()) {
                failed.append(" placements fell short;");
            }
            if (!paidKeptUp()) {
                failed.append(" PAID fell behind;");
            }
            if (!backlogBounded()) {
                failed.append(" backlog grew;");
            }
            return failed.substring(0, failed.length() - 1);
        }
    }

    private Sustainability() {
    }

    static Verdict judge(double asked, double placed, double paid, List<LagSampler.Sample> lag, double from, double to) {
        return new Verdict(asked, placed, paid, backlogGrowthPerSecond(lag, from, to));
    }

    /** The least-squares slope of the backlog, in messages per second, over the samples taken between {@code from} and {@code to} s. */
    static double backlogGrowthPerSecond(List<LagSampler.Sample> lag, double from, double to) {
        List<LagSampler.Sample> window = lag.stream().filter(sample -> sample.seconds() >= from && sample.seconds() <= to).toList();
        return Stats.slope(window.stream().mapToDouble(LagSampler.Sample::seconds).toArray(),
                window.stream().mapToDouble(sample -> sample.backlog()).toArray());
    }

    /** The highest asked rate among the sustainable verdicts; NaN when none was. */
    static double highestSustainable(List<Verdict> verdicts) {
        return verdicts.stream().filter(Verdict::sustainable).mapToDouble(Verdict::asked).max().orElse(Double.NaN);
    }
}
