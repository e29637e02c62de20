package org.ariadne.review;

import java.time.LocalDateTime;

import org.ariadne.common.UserFacingException;

/**
 * Someone saved the same rating, corrective action or review after the user opened the page. Nothing was
 * overwritten; the page says who changed it and when, keeps the user's input, and sending it again with
 * {@link #currentVersion()} means "I have seen their change, keep mine".
 */
public final class ReviewConflictException extends UserFacingException {

    private final Integer currentVersion;
    private final String changedBy;
    private final LocalDateTime changedAt;

    ReviewConflictException(Integer currentVersion, String changedBy, LocalDateTime changedAt) {
        super("review.conflict", changedBy == null ? "?" : changedBy,
                changedAt == null ? "" : changedAt.withNano(0).toString().replace('T', ' '));
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The version now saved (null when the record is gone). */
    public Integer currentVersion() {
        return currentVersion;
    }

    /** The user name of whoever saved last. */
    public String changedBy() {
        return changedBy;
    }

    public LocalDateTime changedAt() {
        return changedAt;
    }
}
