package org.ariadne.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ariadne.plan.ActivityCommand;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.BudgetLineCommand;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.FundingSourceKind;

/**
 * An activity as a test needs it: only what the test is about is written, the rest has the plain defaults of an
 * activity typed in by hand (continuous, reported quarterly, nothing else filled in).
 */
public final class ActivityBuilder {

    private String code;
    private final String title;
    private String description;
    private String expectedResult;
    private Long lead;
    private List<Long> supporting = List.of();
    private String responsiblePerson;
    private LocalDate start;
    private LocalDate end;
    private boolean continuous = true;
    private Frequency frequency = Frequency.QUARTERLY;
    private String meansOfVerification;
    private String assumptions;
    private String risks;
    private ActivityStatus status;
    private final List<BudgetLineCommand> budget = new ArrayList<>();
    final List<IndicatorBuilder> indicators = new ArrayList<>();

    private ActivityBuilder(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** An activity with its code in the plan ({@code A1.1.1}). */
    public static ActivityBuilder anActivity(String code, String title) {
        return new ActivityBuilder(code, title);
    }

    /** An activity whose code the plan builder gives (the next one of its specific objective). */
    public static ActivityBuilder anActivity(String title) {
        return new ActivityBuilder(null, title);
    }

    public ActivityBuilder ledBy(Long institution) {
        this.lead = institution;
        return this;
    }

    public ActivityBuilder supportedBy(Long... institutions) {
        this.supporting = List.of(institutions);
        return this;
    }

    public ActivityBuilder supportedBy(List<Long> institutions) {
        this.supporting = List.copyOf(institutions);
        return this;
    }

    public ActivityBuilder describedAs(String description) {
        this.description = description;
        return this;
    }

    public ActivityBuilder expecting(String expectedResult) {
        this.expectedResult = expectedResult;
        return this;
    }

    public ActivityBuilder responsible(String person) {
        this.responsiblePerson = person;
        return this;
    }

    /** A timeline instead of "continuous". */
    public ActivityBuilder running(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
        this.continuous = false;
        return this;
    }

    /** No timeline at all: neither dates nor "continuous". */
    public ActivityBuilder withoutTimeline() {
        this.start = null;
        this.end = null;
        this.continuous = false;
        return this;
    }

    public ActivityBuilder reported(Frequency frequency) {
        this.frequency = frequency;
        return this;
    }

    public ActivityBuilder verifiedBy(String meansOfVerification) {
        this.meansOfVerification = meansOfVerification;
        return this;
    }

    public ActivityBuilder assuming(String assumptions) {
        this.assumptions = assumptions;
        return this;
    }

    public ActivityBuilder risking(String risks) {
        this.risks = risks;
        return this;
    }

    public ActivityBuilder status(ActivityStatus status) {
        this.status = status;
        return this;
    }

    /** A budget line: planned and (may be null) secured amounts. */
    public ActivityBuilder budget(Integer year, FundingSourceKind source, Long funder, String planned, String secured) {
        budget.add(new BudgetLineCommand(year, source, funder, new BigDecimal(planned),
                secured == null ? null : new BigDecimal(secured)));
        return this;
    }

    /** An indicator measuring this activity, added with it. */
    public ActivityBuilder withIndicator(IndicatorBuilder indicator) {
        indicators.add(indicator);
        return this;
    }

    String code() {
        return code;
    }

    ActivityBuilder code(String code) {
        this.code = code;
        return this;
    }

    public ActivityCommand toCommand() {
        return new ActivityCommand(code, title, description, expectedResult, lead, supporting, responsiblePerson, start,
                end, continuous, frequency, meansOfVerification, assumptions, risks, status, List.copyOf(budget));
    }
}
