package org.ariadne.recommendations;

/** How urgent a recommendation is, as the source or the office rates it. */
public enum Priority {
    HIGH, MEDIUM, LOW;

    public String messageKey() {
        return "recommendations.priority." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
