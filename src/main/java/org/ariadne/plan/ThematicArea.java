package org.ariadne.plan;

import java.util.Locale;

/** The thematic area of a strategic objective: the four Ps, plus the areas some plans add. */
public enum ThematicArea {
    PREVENTION, PROTECTION, PROSECUTION, PARTNERSHIP, SUPPORTING_FRAMEWORK, CHILDREN;

    public String messageKey() {
        return "plan.area." + name().toLowerCase(Locale.ROOT);
    }
}
