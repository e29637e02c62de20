package org.ariadne.plan;

import java.util.Locale;

import org.ariadne.common.Labelled;

/** How often data is collected (seed 002 matrix: monthly, bi-monthly, quarterly, half-year, yearly). */
public enum Frequency implements Labelled {
    MONTHLY, BI_MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY;

    @Override
    public String messageKey() {
        return "plan.frequency." + name().toLowerCase(Locale.ROOT);
    }
}
