package org.ariadne.workbook;

import java.util.Locale;

import org.ariadne.plan.PlanField;

/**
 * The columns of the plan workbook. Headers are matched case-insensitively, in any order, in any of the
 * application's languages. The first twenty are the documented layout; the others are optional extras that
 * export writes so that export, edit, import is a complete round trip.
 */
enum WorkbookColumn {
    CODE("Code", Scope.ROW, PlanField.CODE),
    TITLE("Title", Scope.ROW, PlanField.TITLE),
    THEMATIC_AREA("Thematic area", Scope.ROW, PlanField.THEMATIC_AREA),
    EXPECTED_RESULT("Expected result", Scope.ROW, PlanField.EXPECTED_RESULT),
    INDICATOR("Indicator", Scope.INDICATOR, PlanField.INDICATORS),
    RESULT_LEVEL("Result level", Scope.INDICATOR, PlanField.RESULT_LEVEL),
    UNIT("Unit", Scope.INDICATOR, PlanField.UNIT),
    BASELINE("Baseline", Scope.INDICATOR, PlanField.BASELINE),
    BASELINE_YEAR("Baseline year", Scope.INDICATOR, PlanField.BASELINE_YEAR),
    TARGET("Target", Scope.INDICATOR, PlanField.TARGET),
    TARGET_YEAR("Target year", Scope.INDICATOR, PlanField.TARGET_YEAR),
    LEAD_INSTITUTION("Lead institution", Scope.ROW, PlanField.LEAD_INSTITUTION),
    SUPPORTING_INSTITUTIONS("Supporting institutions", Scope.ROW, PlanField.SUPPORTING_INSTITUTIONS),
    START("Start", Scope.ROW, PlanField.TIMELINE),
    END("End", Scope.ROW, PlanField.TIMELINE),
    FREQUENCY("Frequency", Scope.ROW, PlanField.FREQUENCY),
    MEANS_OF_VERIFICATION("Means of verification", Scope.ROW, PlanField.MEANS_OF_VERIFICATION),
    BUDGET("Budget", Scope.BUDGET, PlanField.BUDGET),
    FUNDING_SOURCE("Funding source", Scope.BUDGET, PlanField.BUDGET),
    RISKS("Risks", Scope.ROW, PlanField.RISKS),
    // optional extras
    INDICATOR_TYPE("Indicator type", Scope.INDICATOR, PlanField.INDICATOR_TYPE),
    DIRECTION("Direction", Scope.INDICATOR, PlanField.DIRECTION),
    DISAGGREGATION("Disaggregation", Scope.INDICATOR, PlanField.DISAGGREGATION),
    BASELINE_SOURCE("Baseline source", Scope.INDICATOR, PlanField.BASELINE_SOURCE),
    DATA_SOURCE("Data source", Scope.INDICATOR, PlanField.DATA_SOURCE),
    AGGREGATION("Aggregation", Scope.INDICATOR, PlanField.AGGREGATION),
    BUDGET_YEAR("Budget year", Scope.BUDGET, PlanField.BUDGET),
    SECURED("Secured", Scope.BUDGET, PlanField.BUDGET),
    /** The currency of a budget line's amounts (EUR, ALL, MKD, ...), kept with the amount. */
    CURRENCY("Currency", Scope.BUDGET, PlanField.BUDGET),
    RESPONSIBLE_PERSON("Responsible person", Scope.ROW, PlanField.RESPONSIBLE_PERSON),
    ASSUMPTIONS("Assumptions", Scope.ROW, PlanField.ASSUMPTIONS),
    DESCRIPTION("Description", Scope.ROW, PlanField.DESCRIPTION),
    /** "Target 2016", "Target 2017", ...: one column per year with a yearly target. */
    YEAR_TARGET("Target", Scope.INDICATOR, PlanField.YEAR_TARGETS);

    /** Which rows a column is read on: the element's own row, or every row for indicators and budget lines. */
    enum Scope {
        ROW, INDICATOR, BUDGET
    }

    private final String english;
    private final Scope scope;
    private final PlanField field;

    WorkbookColumn(String english, Scope scope, PlanField field) {
        this.english = english;
        this.scope = scope;
        this.field = field;
    }

    String english() {
        return english;
    }

    Scope scope() {
        return scope;
    }

    PlanField field() {
        return field;
    }

    String messageKey() {
        return "workbook.column." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
