package org.ariadne.documents;

import org.ariadne.common.disclosure.DisclosureControl;
import org.ariadne.dashboards.DashboardCharts;
import org.ariadne.institutions.Institutions;
import org.ariadne.reporting.ReportedActivities;
import org.ariadne.review.Reviews;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the reports on a plan are read from, handed as one to each {@link PlanReportBuild}. */
@Component
record ReportSources(DashboardCharts charts, ReportedActivities reported, Reviews reviews, Institutions institutions,
        MessageSource messageSource, DisclosureControl disclosure,
        // plan: the local and regional plans following the plan (issue 19)
        org.ariadne.plan.LocalPlans localPlans) {
}
