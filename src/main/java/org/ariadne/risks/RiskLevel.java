package org.ariadne.risks;

import java.util.Locale;

/**
 * The level of a score (likelihood × impact, 1-25), banded as in the common 5 × 5 matrix: low 1-4, medium 5-9,
 * high 10-16, critical 20-25. No product of two numbers from 1 to 5 lies between 17 and 19, so the bands cover
 * every score there is.
 */
public enum RiskLevel {
    LOW(1, 4), MEDIUM(5, 9), HIGH(10, 16), CRITICAL(20, 25);

    private final int lowest;
    private final int highest;

    RiskLevel(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    public static RiskLevel of(int score) {
        if (score < 1 || score > 25) {
            throw new IllegalArgumentException("A risk score lies between 1 and 25: " + score);
        }
        for (var level : values()) {
            if (score <= level.highest) {
                return level;
            }
        }
        throw new IllegalStateException();
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }

    /** High and critical risks: the ones the quality audit wants mitigated. */
    public boolean serious() {
        return this == HIGH || this == CRITICAL;
    }

    public String messageKey() {
        return "risks.level." + name().toLowerCase(Locale.ROOT);
    }

    /** The CSS class of the level's cell and badge; the level's word is always shown with it. */
    public String cssClass() {
        return "risk-" + name().toLowerCase(Locale.ROOT);
    }
}
