package org.ariadne.reporting;

import java.time.LocalDateTime;

/**
 * An institution submitted (or resubmitted) its report for a period, at {@code submittedAt}; {@code firstSubmittedAt}
 * is when it was first submitted, which decides whether it is {@code late} (see
 * {@link org.ariadne.reportingcycle.PeriodView#metBy}). The times are nullable only in events stored before they were
 * added.
 */
@org.springframework.modulith.NamedInterface("events")
public record ProgressReportSubmitted(long reportId, long planId, long periodId, long institutionId, boolean late,
        LocalDateTime firstSubmittedAt, LocalDateTime submittedAt) {

    /** Sent again: returned (or reopened) after an earlier submission, and submitted once more. */
    public boolean resubmitted() {
        return firstSubmittedAt != null && submittedAt != null && submittedAt.isAfter(firstSubmittedAt);
    }
}
