package org.ariadne.strategy;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator that continues across the action plans of a strategy (the same name in each, however its code or
 * owner changed), with its value and target year by year, each from the plan that covered that year.
 */
public record IndicatorHistory(String name, String unit, List<Year> years) {

    public record Year(int year, long planId, String planTitle, String ownerCode, BigDecimal value, BigDecimal target) {
    }

    public Year in(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst().orElse(null);
    }

    public long plans() {
        return years.stream().map(Year::planId).distinct().count();
    }
}
