package org.ariadne.reporting;

/** An accepted report was reopened for a correction. */
public record ProgressReportReopened(long reportId, long planId, long periodId, long institutionId, String reason) {
}
