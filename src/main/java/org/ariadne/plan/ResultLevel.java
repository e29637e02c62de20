package org.ariadne.plan;

import java.util.Locale;

/** Where a result sits in the chain from resources to lasting change (seed 002, section IV). */
public enum ResultLevel {
    INPUT, ACTIVITY, OUTPUT, OUTCOME, IMPACT;

    public String messageKey() {
        return "plan.level." + name().toLowerCase(Locale.ROOT);
    }
}
