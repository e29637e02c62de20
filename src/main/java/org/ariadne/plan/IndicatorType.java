package org.ariadne.plan;

import java.util.Locale;

import org.ariadne.common.Labelled;

/** How an indicator is measured. */
public enum IndicatorType implements Labelled {
    NUMBER, PERCENTAGE, YES_NO, SCALE;

    @Override
    public String messageKey() {
        return "plan.indicator-type." + name().toLowerCase(Locale.ROOT);
    }
}
