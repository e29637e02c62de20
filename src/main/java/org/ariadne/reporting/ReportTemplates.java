package org.ariadne.reporting;

import org.ariadne.plan.Plans;
import org.springframework.stereotype.Component;

/** Builds a report's template from the plan, and lays it out in collection periods from the plan's schedule. */
@Component
class ReportTemplates {

    private final Plans plans;
    private final Schedules schedules;
    private final ReportingProperties properties;

    ReportTemplates(Plans plans, Schedules schedules, ReportingProperties properties) {
        this.plans = plans;
        this.schedules = schedules;
        this.properties = properties;
    }

    ReportTemplate of(ReportingPeriod period, long institutionId) {
        return ReportTemplate.of(plans.tree(period.planId()), institutionId, period.view());
    }

    ReportLayout layout(ReportTemplate template, ReportingPeriod period) {
        var length = schedules.findById(period.planId()).map(ReportingSchedule::periodLength).orElse(PeriodLength.QUARTERLY);
        return new ReportLayout(template, period, length, properties.regions());
    }
}
