package org.ariadne.plan;

import java.util.Locale;

import org.ariadne.common.Labelled;

/** The dimensions an indicator's values are broken down by. */
public enum Disaggregation implements Labelled {
    SEX, AGE_GROUP, CITIZENSHIP, FORM_OF_EXPLOITATION, REGION;

    @Override
    public String messageKey() {
        return "plan.disaggregation." + name().toLowerCase(Locale.ROOT);
    }
}
