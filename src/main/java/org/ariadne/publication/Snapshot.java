package org.ariadne.publication;

/**
 * What a publication holds: taken from live data when the coordinator publishes, then never changed. Each kind
 * names the plan it belongs to as it was then, so the portal can head a page with it whatever else is public.
 */
public sealed interface Snapshot permits PlanSnapshot, FiguresSnapshot, ReportSnapshot {

    String planTitle();

    int startYear();

    int endYear();
}
