package org.ariadne.plan;

import java.util.Locale;

/** The dimensions an indicator's values are broken down by. */
public enum Disaggregation {
    SEX, AGE_GROUP, CITIZENSHIP, FORM_OF_EXPLOITATION, REGION;

    public String messageKey() {
        return "plan.disaggregation." + name().toLowerCase(Locale.ROOT);
    }
}
