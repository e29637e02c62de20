package org.ariadne.quality;

import java.util.Locale;

/** The kinds of plan element a finding can be about. */
public enum ElementKind {
    PLAN, STRATEGIC_OBJECTIVE, SPECIFIC_OBJECTIVE, ACTIVITY, INDICATOR, RISK;

    public String messageKey() {
        return "quality.element." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
