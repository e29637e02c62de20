package org.ariadne.plan;

/**
 * One row of the monitoring matrix of seed 002: an activity with one of its indicators (or none), or an
 * objective-level indicator. {@code activityRows} is how many rows the activity spans, on its first row only,
 * so a table can merge the activity's cells. {@code dropped} says when an adopted version dropped the activity
 * (null otherwise): the matrix keeps the activity, marked, rather than hiding what was reported on it.
 */
public record MatrixRow(StrategicObjectiveNode strategicObjective, SpecificObjectiveNode specificObjective,
        ActivityView activity, IndicatorView indicator, int activityRows, DroppedActivity dropped) {

    public MatrixRow(StrategicObjectiveNode strategicObjective, SpecificObjectiveNode specificObjective,
            ActivityView activity, IndicatorView indicator, int activityRows) {
        this(strategicObjective, specificObjective, activity, indicator, activityRows, null);
    }

    public boolean isObjectiveIndicator() {
        return activity == null;
    }
}
