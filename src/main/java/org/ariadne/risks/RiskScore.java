package org.ariadne.risks;

/** A risk's likelihood and impact, each 1 (rare, minor) to 5 (almost certain, severe), and what they make. */
public record RiskScore(int likelihood, int impact) {

    public RiskScore {
        if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
            throw new IllegalArgumentException("Likelihood and impact lie between 1 and 5: " + likelihood + ", " + impact);
        }
    }

    public int score() {
        return likelihood * impact;
    }

    public RiskLevel level() {
        return RiskLevel.of(score());
    }

    /**
     * Whether the quality audit asks for a mitigation: a risk whose impact is severe (5), or whose level is high or
     * critical, whatever its likelihood.
     */
    public boolean needsMitigation() {
        return impact == 5 || level().serious();
    }
}
