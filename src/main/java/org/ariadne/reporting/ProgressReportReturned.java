package org.ariadne.reporting;

import java.time.LocalDateTime;

/**
 * The coordinator's office returned a report to its institution with comments, at {@code returnedAt} (nullable only in
 * events stored before it was added).
 */
@org.springframework.modulith.NamedInterface("events")
public record ProgressReportReturned(long reportId, long planId, long periodId, long institutionId,
        LocalDateTime returnedAt) {
}
