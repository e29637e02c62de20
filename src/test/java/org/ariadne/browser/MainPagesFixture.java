package org.ariadne.browser;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.publication.Publishing;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.review.ReviewEditing;
import org.ariadne.security.UserAccounts;
import org.ariadne.victimdata.VictimRegister;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The data every main page needs, built once for the three walks of every main page (axe-core, 390 px, every
 * language), so that a module's pages join all three in one place: {@link #build()}.
 */
@Component
class MainPagesFixture {

    private final ApplicationContext beans;

    MainPagesFixture(ApplicationContext beans) {
        this.beans = beans;
    }

    /** Every main page of every role, with the data each needs (made anew on every call). */
    MainPages build() {
        var editing = bean(PlanEditing.class);
        var institutions = bean(Institutions.class);
        var schedules = bean(ReportingSchedules.class);
        var reports = bean(ProgressReports.class);
        var evaluations = bean(org.ariadne.evaluations.Evaluations.class);
        return new MainPages(editing, institutions, schedules, reports, bean(ReviewEditing.class),
                bean(Publishing.class), bean(UserAccounts.class))
                .withVictimCases(bean(VictimRegister.class))
                .withOlderDisclosureRule(bean(org.springframework.jdbc.core.simple.JdbcClient.class))
                .withRisks(bean(org.ariadne.risks.Risks.class), bean(org.ariadne.risks.Scenarios.class))
                .withOperationalPlan(bean(org.ariadne.operationalplan.OperationalPlanEditing.class),
                        bean(org.ariadne.operationalplan.OperationalPlans.class))
                .withCoordination(bean(org.ariadne.coordination.Meetings.class),
                        bean(org.ariadne.coordination.FollowUpActions.class),
                        bean(org.ariadne.coordination.Agreements.class), bean(org.ariadne.services.Services.class))
                .withEvaluation(evaluations)
                .withRecommendations(bean(org.ariadne.recommendations.Recommendations.class))
                .withStakeholders(bean(org.ariadne.stakeholders.Contacts.class),
                        bean(org.ariadne.stakeholders.StakeholderAnalysis.class),
                        bean(org.ariadne.stakeholders.Consultations.class))
                .withLocalPlan(bean(org.ariadne.institutions.TerritorialUnits.class),
                        bean(org.ariadne.plan.LocalPlans.class), editing, institutions)
                .withRegional(new org.ariadne.regional.RegionalFixture(
                        bean(org.springframework.jdbc.core.simple.JdbcClient.class), editing, institutions, schedules,
                        reports, evaluations), bean(org.ariadne.regional.RegionalIndicators.class),
                        bean(org.ariadne.regional.RegionalMapping.class),
                        bean(org.ariadne.regional.RegionalComparison.class));
    }

    private <T> T bean(Class<T> type) {
        return beans.getBean(type);
    }
}
