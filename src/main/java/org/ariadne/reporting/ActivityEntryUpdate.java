package org.ariadne.reporting;

/**
 * A change to what the report says on one activity, saved with others by {@link ProgressReports#saveAll};
 * {@code expectedRevision} is the revision the change was made against (0 if nothing was saved).
 */
public record ActivityEntryUpdate(long activityId, int expectedRevision, ActivityEntryCommand command) {
}
