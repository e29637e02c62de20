package org.ariadne.recommendations;

/** How far a recommendation is addressed; no longer relevant only with a reason. */
public enum RecommendationStatus {
    NOT_ADDRESSED, PARTLY, FULLY, NO_LONGER_RELEVANT;

    public String messageKey() {
        return "recommendations.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
