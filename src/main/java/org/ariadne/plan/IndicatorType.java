package org.ariadne.plan;

import java.util.Locale;

/** How an indicator is measured. */
public enum IndicatorType {
    NUMBER, PERCENTAGE, YES_NO, SCALE;

    public String messageKey() {
        return "plan.indicator-type." + name().toLowerCase(Locale.ROOT);
    }
}
