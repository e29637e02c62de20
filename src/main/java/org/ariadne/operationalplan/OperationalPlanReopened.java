package org.ariadne.operationalplan;

/** The coordinator reopened an approved operational plan for a correction, with the reason. */
@org.springframework.modulith.NamedInterface("events")
public record OperationalPlanReopened(long planId, int year, String reason) {
}
