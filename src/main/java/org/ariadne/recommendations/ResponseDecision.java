package org.ariadne.recommendations;

/** The management response's answer to a recommendation; rejected only with a reason. */
public enum ResponseDecision {
    ACCEPTED, PARTLY_ACCEPTED, REJECTED;

    public String messageKey() {
        return "recommendations.decision." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
