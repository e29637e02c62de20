package org.ariadne.risks;

import java.util.Locale;

/** What a risk is attached to: the plan as a whole or one of its elements. */
public enum ElementKind {
    PLAN, STRATEGIC_OBJECTIVE, SPECIFIC_OBJECTIVE, ACTIVITY;

    public String messageKey() {
        return "risks.element." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
