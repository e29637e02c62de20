package org.ariadne.strategy;

import java.util.List;

import org.ariadne.plan.PlanHeader;

/** A strategy with its action plans in sequence (by their first year). */
public record StrategyView(long id, int version, String title, StrategyKind kind, String theme, String vision,
        String mission, String guidingPrinciples, int startYear, int endYear, boolean demo, List<PlanHeader> plans) {

    public StrategyCommand toCommand() {
        return new StrategyCommand(title, kind, theme, vision, mission, guidingPrinciples, startYear, endYear);
    }
}
