package org.ariadne.operationalplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.ariadne.plan.ActivityStatus;

/**
 * One line of an operational plan as pages and documents read it: the activity as the plan said when it was drafted
 * (code, title, timeline, status, institutions, the year's targets and planned budget) and what the officer decided.
 * {@code budget} is the budget for the year the officer set (null: the planned budget of the year stands).
 */
public record LineView(long id, int version, long activityId, LineKind kind, LineDecision decision, String objectiveCode,
        String code, String title, LocalDate startDate, LocalDate endDate, boolean continuous, ActivityStatus status,
        Long leadInstitutionId, List<Long> supportingInstitutionIds, List<String> yearTargets, BigDecimal plannedBudget,
        String currency, String reason, LocalDate newEndDate, BigDecimal budget, String targetNote, String budgetNote,
        String updatedBy, LocalDateTime updatedAt) {

    /** The budget the year has for the activity: the officer's, else the one the plan has for the year. */
    public BigDecimal yearBudget() {
        return budget != null ? budget : plannedBudget;
    }

    /** The end date the year works to: a carry-over's new one, else the plan's. */
    public LocalDate workingEndDate() {
        return newEndDate != null ? newEndDate : endDate;
    }

    public LineCommand toCommand() {
        return new LineCommand(decision == LineDecision.PROPOSED ? null : decision, reason, newEndDate, budget,
                targetNote, budgetNote);
    }
}
