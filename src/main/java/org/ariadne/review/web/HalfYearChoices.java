package org.ariadne.review.web;

import java.util.List;

import org.ariadne.plan.PlanHeader;
import org.ariadne.review.HalfYear;

/** The half-years a plan's period covers, for the filters (read from the plan already loaded). */
final class HalfYearChoices {

    private HalfYearChoices() {
    }

    static List<HalfYear> of(PlanHeader plan) {
        return HalfYear.between(plan.startYear(), plan.endYear());
    }
}
