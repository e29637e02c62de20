package org.ariadne.plan;

import java.time.LocalDateTime;

import org.ariadne.common.UserFacingException;

/**
 * Someone saved the same element after the user opened it. Nothing was overwritten; the page shows who changed
 * it and when, keeps the user's input, and lets them decide.
 */
public final class PlanConflictException extends UserFacingException {

    private final int currentVersion;
    private final String changedBy;
    private final LocalDateTime changedAt;

    PlanConflictException(int currentVersion, String changedBy, LocalDateTime changedAt) {
        super("plan.conflict", changedBy == null ? "?" : changedBy, changedAt == null ? "" : changedAt.withNano(0).toString().replace('T', ' '));
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The version now saved; submitting again with it means "I have seen their change, keep mine". */
    public int currentVersion() {
        return currentVersion;
    }

    public String changedBy() {
        return changedBy;
    }

    public LocalDateTime changedAt() {
        return changedAt;
    }
}
