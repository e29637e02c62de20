package org.ariadne.risks;

import java.time.LocalDate;

/** One risk as the pages, the review, the audit and the downloads read it. */
public record RiskView(long id, int version, long planId, RiskElement element, String description,
        RiskCategory category, RiskScore risk, String mitigation, Long ownerId, String ownerName, RiskStatus status,
        LocalDate nextReview, LocalDate lastReviewed) {

    public int likelihood() {
        return risk.likelihood();
    }

    public int impact() {
        return risk.impact();
    }

    public int score() {
        return risk.score();
    }

    public RiskLevel level() {
        return risk.level();
    }

    public boolean hasMitigation() {
        return mitigation != null && !mitigation.isBlank();
    }

    /** Whether the risk is due for review by {@code day}: never reviewed, or its next review on or before it. */
    public boolean dueForReview(LocalDate day) {
        return status != RiskStatus.CLOSED && (lastReviewed == null || nextReview == null || !nextReview.isAfter(day));
    }

    /** Whether the quality audit flags it: severe impact, or high or critical, without a mitigation. */
    public boolean unmitigated() {
        return status != RiskStatus.CLOSED && risk.needsMitigation() && !hasMitigation();
    }

    public RiskCommand toCommand() {
        return new RiskCommand(description, category, likelihood(), impact(), mitigation, ownerId, status, nextReview,
                element.reference());
    }
}
