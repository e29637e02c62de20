package org.ariadne.regional;

import java.util.Locale;

/** How far a participant meets a criterion. */
public enum Level {
    MET, PARTLY, NOT_MET;

    public String messageKey() {
        return "regional.level." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
