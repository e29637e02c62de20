package org.ariadne.dashboards;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.AcceptedTotals;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.reporting.ValueCommand;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dashboards reuse the plan's progress, but never show it once a report, the plan or the kept totals (a recount) have
 * changed.
 */
@AriadneIntegrationTest
class ProgressSnapshotsIntegrationTest {

    @Autowired
    DashboardCharts dashboards;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ProgressReports reports;
    @Autowired
    Plans plans;
    @Autowired
    AcceptedTotals acceptedTotals;
    @Autowired
    JdbcTemplate jdbc;

    DashboardFixture plan;

    @BeforeEach
    void buildPlan() {
        plan = new DashboardFixture(editing, institutions, schedules, reports, plans);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void aReportAcceptedAfterTheDashboardWasSeenCountsAtOnce() {
        assertThat(victimsAchievement()).isEqualTo("25.00");

        // an older quarter reported late: the statuses stay as they are, so the plan tree does not change
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var periods = schedules.periods(plan.planId);
        var older = periods.get(periods.indexOf(plan.earlier) - 1);
        var focal = plan.focalPoint(plan.police);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(focal, null, focal.getAuthorities()));
        reports.saveActivity(older.id(), plan.police, plan.training, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Officers trained", null, List.of()));
        reports.saveActivity(older.id(), plan.police, plan.operations, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Operations held", null, List.of()));
        reports.saveValue(older.id(), plan.police, plan.victims, older.startsOn(), 0,
                new ValueCommand(new BigDecimal("10"), null, null, Map.of(), null));
        reports.submit(older.id(), plan.police, reports.sheet(older.id(), plan.police).reportVersion());
        TestSignIn.onThisThread(Role.COORDINATOR);
        reports.accept(older.id(), plan.police, reports.sheet(older.id(), plan.police).reportVersion());

        // 60 victims of the 200 aimed at
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(victimsAchievement()).isEqualTo("30.00"));
    }

    @Test
    void aTargetChangedInThePlanCountsAtOnce() {
        assertThat(victimsAchievement()).isEqualTo("25.00");

        TestSignIn.onThisThread(Role.ME_OFFICER);
        var indicator = plans.indicator(plan.victims);
        var command = indicator.toCommand();
        editing.updateIndicator(plan.victims, indicator.version(), new org.ariadne.plan.IndicatorCommand(command.name(),
                command.resultLevel(), command.type(), command.unit(), command.direction(), command.numerator(),
                command.denominator(), command.scaleMin(), command.scaleMax(), command.baselineValue(),
                command.baselineYear(), command.baselineSource(), new BigDecimal("100"), command.targetYear(),
                command.yearTargets(), command.disaggregations(), command.dataSource(), command.meansOfVerification(),
                command.frequency(), command.responsibleInstitutionId(), command.aggregation()));

        assertThat(victimsAchievement()).isEqualTo("50.00");
    }

    /**
     * A value added to an accepted report by hand (a data repair) is not in the kept totals, so the dashboard does not
     * show it; the administrator's recount adds it and the dashboard seen before shows it at once.
     */
    @Test
    void aRecountThatPutsTheTotalsRightCountsAtOnce() {
        assertThat(victimsAchievement()).isEqualTo("25.00");
        long report = jdbc.queryForObject("select id from progress_report where period_id = ? and institution_id = ?",
                Long.class, plan.earlier.id(), plan.police);
        jdbc.update("insert into report_value (report_id, indicator_id, starts_on, ends_on, total) values (?, ?, ?, ?, 10)",
                report, plan.victims, java.sql.Date.valueOf(plan.earlier.startsOn().plusDays(1)),
                java.sql.Date.valueOf(plan.earlier.endsOn()));
        assertThat(victimsAchievement()).as("not in the kept totals").isEqualTo("25.00");

        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        assertThat(acceptedTotals.recount(plan.planId).differences()).singleElement()
                .satisfies(difference -> assertThat(difference.indicatorId()).isEqualTo(plan.victims));

        // 60 victims of the 200 aimed at
        assertThat(victimsAchievement()).isEqualTo("30.00");
    }

    private String victimsAchievement() {
        return achievement(plan.victims);
    }

    private String achievement(long indicator) {
        TestSignIn.onThisThread(Role.MEMBER);
        var achievement = dashboards.indicator(indicator, DashboardFilter.year(plan.year), Locale.ENGLISH).progress()
                .achievement();
        return achievement.isMeasured() ? achievement.percent().toPlainString() : achievement.kind().name();
    }
}
