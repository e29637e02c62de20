package org.ariadne.risks;

import java.time.LocalDate;

/**
 * What the register list shows: every field empty shows every risk. {@code current} leaves out closed risks (the heat
 * map counts only those); {@code dueBy} keeps the risks due for review by that day (the half-year review's link).
 */
public record RiskFilter(RiskCategory category, RiskLevel level, RiskStatus status, Integer likelihood, Integer impact,
        Long owner, Boolean current, LocalDate dueBy) {

    public static RiskFilter none() {
        return new RiskFilter(null, null, null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return equals(none());
    }

    public boolean matches(RiskView risk) {
        return (category == null || risk.category() == category)
                && (level == null || risk.level() == level)
                && (status == null || risk.status() == status)
                && (likelihood == null || risk.likelihood() == likelihood)
                && (impact == null || risk.impact() == impact)
                && (owner == null || owner.equals(risk.ownerId()))
                && (!Boolean.TRUE.equals(current) || risk.status() != RiskStatus.CLOSED)
                && (dueBy == null || risk.dueForReview(dueBy));
    }
}
