package org.ariadne.plan;

import java.util.Locale;

/** A plan is drafted, then adopted by the government, and archived when its period is over. */
public enum PlanStatus {
    DRAFT, ADOPTED, ARCHIVED;

    public String messageKey() {
        return "plan.status." + name().toLowerCase(Locale.ROOT);
    }
}
