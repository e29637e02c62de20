package org.ariadne.plan;

import java.util.Locale;

/**
 * How an indicator's values of several collection periods make the value of a year: counts of what happened add up
 * (victims identified each quarter), levels take the latest (investigators in post), rates may be averaged.
 * Without a choice, numbers add up and every other type takes the latest value.
 */
public enum Aggregation {
    SUM, LAST, AVERAGE;

    public static Aggregation defaultFor(IndicatorType type) {
        return type == IndicatorType.NUMBER ? SUM : LAST;
    }

    public String messageKey() {
        return "plan.aggregation." + name().toLowerCase(Locale.ROOT);
    }
}
