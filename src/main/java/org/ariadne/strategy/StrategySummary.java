package org.ariadne.strategy;

/** A strategy in the list. */
public record StrategySummary(long id, String title, StrategyKind kind, String theme, int startYear, int endYear,
        int plans, boolean demo) {
}
