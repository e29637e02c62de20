package org.ariadne.plan;

/** The element an indicator measures: an activity, a specific objective or a strategic objective. */
public record IndicatorOwner(PlanCode.Kind kind, long id) {

    public static IndicatorOwner activity(long id) {
        return new IndicatorOwner(PlanCode.Kind.ACTIVITY, id);
    }

    public static IndicatorOwner specificObjective(long id) {
        return new IndicatorOwner(PlanCode.Kind.SPECIFIC_OBJECTIVE, id);
    }

    public static IndicatorOwner strategicObjective(long id) {
        return new IndicatorOwner(PlanCode.Kind.STRATEGIC_OBJECTIVE, id);
    }
}
