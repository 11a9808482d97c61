package io.ordo.console.stuck;

import io.ordo.console.common.StatusTone;

import java.util.UUID;

/**
 * One order that sits in its state, as the stuck-orders table shows it; {@code urgency} is its
 * time in the state divided by that state's threshold (1.0 = just overdue), the order of the list.
 */
public record StuckRow(UUID id, String number, String status, StatusTone tone, String inStatus, String threshold,
                       String since, String total, double urgency) {

    /** "2.5×" the threshold. */
    public String overdue() {
        return urgency < 0.1 ? "< 0.1×" : String.format(java.util.Locale.ROOT, "%.1f×", urgency);
    }
}
