package org.ariadne.reporting;

/** An accepted report was reopened for a correction. */
@org.springframework.modulith.NamedInterface("events")
public record ProgressReportReopened(long reportId, long planId, long periodId, long institutionId, String reason) {
}
