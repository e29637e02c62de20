package org.ariadne.reporting;

import java.time.LocalDate;

/**
 * A change to one indicator value (one collection period), saved with others by {@link ProgressReports#saveAll};
 * {@code expectedRevision} is the revision the change was made against (0 if nothing was saved).
 */
public record ValueUpdate(long indicatorId, LocalDate startsOn, int expectedRevision, ValueCommand command) {
}
