package org.ariadne.training;

import java.time.LocalDate;
import java.util.Locale;

/** Where a trainer's certification stands on a day: valid, expiring within 90 days, expired, or without expiry. */
public enum CertificationStatus {
    VALID, EXPIRES_SOON, EXPIRED, NO_EXPIRY;

    /** How many days before its expiry a certification is flagged. */
    public static final int WARNING_DAYS = 90;

    /** A certification is valid up to and including its expiry day; flagged from 90 days before. */
    public static CertificationStatus of(LocalDate expiresOn, LocalDate today) {
        if (expiresOn == null) {
            return NO_EXPIRY;
        }
        if (expiresOn.isBefore(today)) {
            return EXPIRED;
        }
        return expiresOn.isAfter(today.plusDays(WARNING_DAYS)) ? VALID : EXPIRES_SOON;
    }

    public boolean flagged() {
        return this == EXPIRES_SOON || this == EXPIRED;
    }

    public String messageKey() {
        return "training.certification." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
