package org.ariadne.regional;

import java.util.Locale;

/**
 * The four questions seed 004 asks of each participant's strategic response (sections 2, 4 and 6, and its
 * recommendations): is the action plan adopted, costed, monitored and evaluated?
 */
public enum Criterion {
    ADOPTED, COSTED, MONITORED, EVALUATED;

    public String messageKey() {
        return "regional.criterion." + name().toLowerCase(Locale.ROOT);
    }
}
