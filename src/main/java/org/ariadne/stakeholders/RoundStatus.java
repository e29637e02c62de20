package org.ariadne.stakeholders;

import java.util.Locale;

/** A consultation round is open until the office closes it (comments stop at its closing date either way). */
public enum RoundStatus {
    OPEN, CLOSED;

    public String messageKey() {
        return "stakeholders.round.status." + name().toLowerCase(Locale.ROOT);
    }
}
