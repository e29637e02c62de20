package org.ariadne.common;

import java.time.LocalDateTime;

/**
 * Someone saved the same record after the user opened it. Nothing was overwritten: the page says who changed it and
 * when, keeps the user's input, and sending it again with {@link #currentVersion()} means "I have seen their change,
 * keep mine". Every module refuses a stale save with this one exception; {@code common.web.ConflictTexts} words it.
 */
public final class ConflictException extends UserFacingException {

    private final Integer currentVersion;
    private final String changedBy;
    private final LocalDateTime changedAt;

    private ConflictException(String messageKey, Integer currentVersion, String changedBy, LocalDateTime changedAt) {
        super(messageKey, changedBy == null ? "?" : changedBy,
                changedAt == null ? "" : changedAt.withNano(0).toString().replace('T', ' '));
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /**
     * @param messageKey     the module's sentence for it, with the person as {0} and the time as {1}
     *                       ("{0} saved this at {1}, after you opened the page…")
     * @param currentVersion the version saved now (null when the record is gone)
     * @param changedBy      the user name of whoever saved last, null when the trail does not say
     * @param changedAt      when they saved, null when the trail does not say
     */
    public static ConflictException of(String messageKey, Integer currentVersion, String changedBy,
            LocalDateTime changedAt) {
        return new ConflictException(messageKey, currentVersion, changedBy, changedAt);
    }

    /** The version now saved (null when the record is gone). */
    public Integer currentVersion() {
        return currentVersion;
    }

    public String changedBy() {
        return changedBy;
    }

    public LocalDateTime changedAt() {
        return changedAt;
    }

    /** True when the trail names who saved last and when. */
    public boolean knowsWhoAndWhen() {
        return changedBy != null && changedAt != null;
    }
}
