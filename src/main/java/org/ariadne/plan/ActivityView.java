package org.ariadne.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An activity with its budget and indicators. */
public record ActivityView(long id, int version, long specificObjectiveId, String code, String title,
        String description, String expectedResult, Long leadInstitutionId, List<Long> supportingInstitutionIds,
        String responsiblePerson, LocalDate startDate, LocalDate endDate, boolean continuous, Frequency frequency,
        String meansOfVerification, String assumptions, String risks, ActivityStatus status,
        List<BudgetLineView> budgetLines, List<IndicatorView> indicators, boolean dropped, String responsibleUsername) {

    /** An activity without a responsible office account. */
    public ActivityView(long id, int version, long specificObjectiveId, String code, String title, String description,
            String expectedResult, Long leadInstitutionId, List<Long> supportingInstitutionIds, String responsiblePerson,
            LocalDate startDate, LocalDate endDate, boolean continuous, Frequency frequency, String meansOfVerification,
            String assumptions, String risks, ActivityStatus status, List<BudgetLineView> budgetLines,
            List<IndicatorView> indicators, boolean dropped) {
        this(id, version, specificObjectiveId, code, title, description, expectedResult, leadInstitutionId,
                supportingInstitutionIds, responsiblePerson, startDate, endDate, continuous, frequency,
                meansOfVerification, assumptions, risks, status, budgetLines, indicators, dropped, null);
    }

    /** An activity that is part of the plan (not dropped by a revision). */
    public ActivityView(long id, int version, long specificObjectiveId, String code, String title, String description,
            String expectedResult, Long leadInstitutionId, List<Long> supportingInstitutionIds, String responsiblePerson,
            LocalDate startDate, LocalDate endDate, boolean continuous, Frequency frequency, String meansOfVerification,
            String assumptions, String risks, ActivityStatus status, List<BudgetLineView> budgetLines,
            List<IndicatorView> indicators) {
        this(id, version, specificObjectiveId, code, title, description, expectedResult, leadInstitutionId,
                supportingInstitutionIds, responsiblePerson, startDate, endDate, continuous, frequency,
                meansOfVerification, assumptions, risks, status, budgetLines, indicators, false);
    }

    public BigDecimal plannedBudget() {
        return budgetLines.stream().map(BudgetLineView::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal securedBudget() {
        return budgetLines.stream().map(line -> line.secured() == null ? BigDecimal.ZERO : line.secured())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What is planned but not yet secured, line by line (a line secured beyond its plan does not cover another). */
    public BigDecimal budgetGap() {
        return budgetLines.stream().map(BudgetLineView::gap).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The one currency all budget lines are in ({@code installation} for lines without their own), or null when
     * they are in several: then the totals add up different currencies and must not be shown as one amount.
     */
    public String budgetCurrency(String installation) {
        var currencies = budgetLines.stream().map(line -> line.currency() == null ? installation : line.currency())
                .distinct().toList();
        return currencies.size() == 1 ? currencies.get(0) : currencies.isEmpty() ? installation : null;
    }

    public boolean hasTimeline() {
        return continuous || startDate != null || endDate != null;
    }

    public ActivityCommand toCommand() {
        return new ActivityCommand(code, title, description, expectedResult, leadInstitutionId, supportingInstitutionIds,
                responsiblePerson, startDate, endDate, continuous, frequency, meansOfVerification, assumptions, risks,
                status, budgetLines.stream().map(BudgetLineView::toCommand).toList(), responsibleUsername);
    }
}
