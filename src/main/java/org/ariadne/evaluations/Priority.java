package org.ariadne.evaluations;

import java.util.Locale;

/** How urgent a recommendation is, as the evaluation report says. */
public enum Priority {
    HIGH, MEDIUM, LOW;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "evaluations.priority." + name();
    }
}
