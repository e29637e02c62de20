package org.ariadne.plan;

import java.util.Locale;

import org.ariadne.common.Labelled;

/** A plan is drafted, then adopted by the government, and archived when its period is over. */
public enum PlanStatus implements Labelled {
    DRAFT, ADOPTED, ARCHIVED;

    @Override
    public String messageKey() {
        return "plan.status." + name().toLowerCase(Locale.ROOT);
    }
}
