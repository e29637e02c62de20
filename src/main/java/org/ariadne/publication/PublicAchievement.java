package org.ariadne.publication;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.ariadne.progress.Achievement;

/**
 * An achievement as published: the percentage when it was measured, otherwise the reason (a message key of the
 * progress module), and the traffic light. Kept as a copy so that the published figure never follows a later
 * change of the live one.
 */
public record PublicAchievement(Achievement.Kind kind, BigDecimal percent, String reasonKey, Achievement.Light light) {

    static PublicAchievement of(Achievement achievement) {
        return new PublicAchievement(achievement.kind(), achievement.percent(), achievement.reasonKey(),
                achievement.light());
    }

    @JsonIgnore
    public boolean isMeasured() {
        return kind == Achievement.Kind.MEASURED;
    }
}
