package org.ariadne.review;

import java.time.LocalDateTime;

/**
 * Where the review of a plan's half-year stands. {@code version} is null for a half-year nobody has rated yet
 * (a draft that exists only on screen).
 */
public record ReviewView(long planId, HalfYear halfYear, ReviewStatus status, Integer version, String approvedBy,
        LocalDateTime approvedAt, String reopenedBy, LocalDateTime reopenedAt, String reopenReason, String updatedBy,
        LocalDateTime updatedAt) {

    static ReviewView notStarted(long planId, HalfYear half) {
        return new ReviewView(planId, half, ReviewStatus.DRAFT, null, null, null, null, null, null, null, null);
    }

    public boolean isApproved() {
        return status == ReviewStatus.APPROVED;
    }

    /** True once someone has rated an activity of this half-year. */
    public boolean isStarted() {
        return version != null;
    }
}
