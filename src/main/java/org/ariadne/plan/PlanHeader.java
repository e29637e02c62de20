package org.ariadne.plan;

import java.util.stream.IntStream;

/** The plan itself: strategy texts and period. */
public record PlanHeader(long id, int version, String title, String vision, String mission, String guidingPrinciples,
        int startYear, int endYear, PlanStatus status, boolean demo) {

    public java.util.List<Integer> years() {
        return IntStream.rangeClosed(startYear, endYear).boxed().toList();
    }

    public PlanCommand toCommand() {
        return new PlanCommand(title, vision, mission, guidingPrinciples, startYear, endYear, status);
    }
}
