package org.ariadne.plan;

import java.time.LocalDate;

/**
 * An activity an adopted version of the plan dropped: from {@code from} (that version's effective date) it is no
 * longer part of the plan, and reports of periods starting on or after that day no longer ask for it. Reports of
 * earlier periods keep it.
 *
 * @param version the number of the adopted version that dropped it
 */
public record DroppedActivity(long activityId, int version, LocalDate from) {

    /** Whether the activity no longer counts in a period starting on {@code periodStart}. */
    public boolean goneBy(LocalDate periodStart) {
        return !periodStart.isBefore(from);
    }
}
