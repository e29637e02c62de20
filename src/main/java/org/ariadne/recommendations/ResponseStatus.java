package org.ariadne.recommendations;

/** How far the action of a management response has come, as a corrective action's. */
public enum ResponseStatus {
    OPEN, IN_PROGRESS, DONE;

    public String messageKey() {
        return "recommendations.response-status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
