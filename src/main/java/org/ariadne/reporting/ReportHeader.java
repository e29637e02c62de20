package org.ariadne.reporting;

import java.time.LocalDateTime;

/** A progress report's identity and workflow state, without its content. */
public record ReportHeader(long id, int version, long planId, long periodId, long institutionId, ReportStatus status,
        LocalDateTime firstSubmittedAt, LocalDateTime submittedAt, String submittedBy, LocalDateTime returnedAt,
        String returnedBy, String returnComment, LocalDateTime acceptedAt, String acceptedBy, LocalDateTime reopenedAt,
        String reopenedBy, String reopenReason, int timesReturned) {
}
