package org.ariadne.plan;

/**
 * One row of the monitoring matrix of seed 002: an activity with one of its indicators (or none), or an
 * objective-level indicator. {@code activityRows} is how many rows the activity spans, on its first row only,
 * so a table can merge the activity's cells.
 */
public record MatrixRow(StrategicObjectiveNode strategicObjective, SpecificObjectiveNode specificObjective,
        ActivityView activity, IndicatorView indicator, int activityRows) {

    public boolean isObjectiveIndicator() {
        return activity == null;
    }
}
