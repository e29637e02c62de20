package org.ariadne.stakeholders;

import java.util.Locale;

/** The plan elements a consultation takes comments on. */
public enum ElementKind {
    STRATEGIC_OBJECTIVE, SPECIFIC_OBJECTIVE, ACTIVITY, INDICATOR;

    public String messageKey() {
        return "stakeholders.element." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
