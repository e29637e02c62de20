package org.ariadne.reporting;

/** The coordinator's office returned a report to its institution with comments. */
@org.springframework.modulith.NamedInterface("events")
public record ProgressReportReturned(long reportId, long planId, long periodId, long institutionId) {
}
