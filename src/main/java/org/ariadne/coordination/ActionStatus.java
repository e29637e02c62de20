package org.ariadne.coordination;

import java.util.Locale;

/** Where a follow-up action stands; done is closed, with a closing note. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE;

    public String messageKey() {
        return "coordination.action.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
