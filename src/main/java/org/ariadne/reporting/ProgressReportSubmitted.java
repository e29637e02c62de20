package org.ariadne.reporting;

/** An institution submitted (or resubmitted) its report for a period. */
@org.springframework.modulith.NamedInterface("events")
public record ProgressReportSubmitted(long reportId, long planId, long periodId, long institutionId, boolean late) {
}
