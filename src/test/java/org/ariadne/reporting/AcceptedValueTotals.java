package org.ariadne.reporting;

import org.springframework.stereotype.Component;

/**
 * For benchmarks that write a million accepted values straight into the tables (through the forms it would take
 * hours): adds them up into the totals the acceptance would have kept. A bean of every test context.
 */
@Component
public class AcceptedValueTotals {

    private final IndicatorYearTotals totals;

    AcceptedValueTotals(IndicatorYearTotals totals) {
        this.totals = totals;
    }

    public void recount(long planId) {
        totals.recount(planId);
    }
}
