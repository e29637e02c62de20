package org.ariadne.operationalplan;

/** The coordinator approved a year's operational plan: the year's reporting follows it from now on. */
@org.springframework.modulith.NamedInterface("events")
public record OperationalPlanApproved(long planId, int year, String approvedBy) {
}
