package org.ariadne.stakeholders;

import java.util.Locale;

/** What the office decided on a comment; a partly accepted or rejected comment says why. */
public enum Disposition {
    ACCEPTED, PARTLY_ACCEPTED, REJECTED;

    public boolean needsReason() {
        return this != ACCEPTED;
    }

    public String messageKey() {
        return "stakeholders.disposition." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
