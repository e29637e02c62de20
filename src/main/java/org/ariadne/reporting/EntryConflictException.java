package org.ariadne.reporting;

import java.time.LocalDateTime;

import org.ariadne.common.UserFacingException;

/**
 * Someone saved the same part of the report (an activity or an indicator value) after this user loaded it.
 * Nothing was overwritten; the user sees who and when, and the values now saved.
 */
public final class EntryConflictException extends UserFacingException {

    private final int currentVersion;
    private final String changedBy;
    private final LocalDateTime changedAt;

    EntryConflictException(int currentVersion, String changedBy, LocalDateTime changedAt) {
        super("reporting.conflict", changedBy == null ? "?" : changedBy,
                changedAt == null ? "" : changedAt.withNano(0).toString().replace('T', ' '));
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

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
