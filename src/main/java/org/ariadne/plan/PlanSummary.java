package org.ariadne.plan;

/** A plan in the list of plans, with the size of its framework. */
public record PlanSummary(long id, String title, int startYear, int endYear, PlanStatus status, boolean demo,
        int strategicObjectives, int specificObjectives, int activities, int indicators) {
}
