package org.ariadne.plan;

/**
 * The fields an import can carry besides codes and titles. A workbook without a column leaves that field of
 * existing elements as it is, so importing a partial table never wipes out what the plan already holds.
 */
public enum PlanField {
    CODE, TITLE, THEMATIC_AREA, DESCRIPTION, EXPECTED_RESULT, LEAD_INSTITUTION, SUPPORTING_INSTITUTIONS, RESPONSIBLE_PERSON,
    TIMELINE, FREQUENCY, MEANS_OF_VERIFICATION, BUDGET, ASSUMPTIONS, RISKS,
    INDICATORS, RESULT_LEVEL, INDICATOR_TYPE, UNIT, DIRECTION, BASELINE, BASELINE_YEAR, BASELINE_SOURCE, TARGET,
    TARGET_YEAR, YEAR_TARGETS, DISAGGREGATION, DATA_SOURCE, AGGREGATION
}
