package org.ariadne.plan;

import java.util.Locale;

/** How often data is collected (seed 002 matrix: monthly, bi-monthly, quarterly, half-year, yearly). */
public enum Frequency {
    MONTHLY, BI_MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY;

    public String messageKey() {
        return "plan.frequency." + name().toLowerCase(Locale.ROOT);
    }
}
