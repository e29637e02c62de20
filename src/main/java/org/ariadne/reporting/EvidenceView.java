package org.ariadne.reporting;

import java.time.LocalDateTime;

/** A file attached to an activity of a report as means of verification. */
public record EvidenceView(long id, long reportId, long activityId, String fileName, String contentType, long sizeBytes,
        String sha256, String uploadedBy, LocalDateTime uploadedAt) {
}
