package org.ariadne.plan;

import java.time.LocalDate;

/**
 * An activity an adopted version of the plan dropped: from {@code from} (that version's effective date) it is no
 * longer part of the plan, and reports of periods starting on or after that day no longer ask for it. Reports of
 * earlier periods keep it. When a later adopted version took it back, {@code until} is that version's effective
 * date, from which it counts again.
 *
 * @param version the number of the adopted version that dropped it
 * @param until   null while it stays dropped
 */
public record DroppedActivity(long activityId, int version, LocalDate from, LocalDate until) {

    public DroppedActivity(long activityId, int version, LocalDate from) {
        this(activityId, version, from, null);
    }

    /** Whether the activity does not count in a period starting on {@code periodStart}. */
    public boolean goneBy(LocalDate periodStart) {
        return !periodStart.isBefore(from) && (until == null || periodStart.isBefore(until));
    }

    /** Dropped in the plan as last adopted (not taken back since). */
    public boolean stillDropped() {
        return until == null;
    }
}
