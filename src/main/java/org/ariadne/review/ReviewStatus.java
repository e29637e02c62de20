package org.ariadne.review;

import java.util.Locale;

/** A half-year review is a draft while the M&E officer rates; the coordinator's approval locks its ratings. */
public enum ReviewStatus {
    DRAFT, APPROVED;

    public String messageKey() {
        return "review.status." + name().toLowerCase(Locale.ROOT);
    }
}
