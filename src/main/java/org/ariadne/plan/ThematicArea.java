package org.ariadne.plan;

import java.util.Locale;

import org.ariadne.common.Labelled;

/** The thematic area of a strategic objective: the four Ps, plus the areas some plans add. */
public enum ThematicArea implements Labelled {
    PREVENTION, PROTECTION, PROSECUTION, PARTNERSHIP, SUPPORTING_FRAMEWORK, CHILDREN;

    @Override
    public String messageKey() {
        return "plan.area." + name().toLowerCase(Locale.ROOT);
    }
}
