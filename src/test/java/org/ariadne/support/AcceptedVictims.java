package org.ariadne.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ariadne.dashboards.DashboardCharts;
import org.ariadne.dashboards.DashboardFilter;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.ThematicArea;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ValueCommand;
import org.ariadne.reportingcycle.DeadlineRule;
import org.ariadne.reportingcycle.PeriodLength;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.reportingcycle.ScheduleCommand;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.awaitility.Awaitility;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An adopted plan counting victims by sex × age group, whose police report of the last ended quarter gave
 * {@code parts} and was accepted: what the disclosure tests publish. Built through the services, as people would.
 *
 * @param id      the plan
 * @param victims the indicator "Victims identified"
 * @param year    the year of the accepted quarter, to publish
 */
public record AcceptedVictims(long id, long victims, int year) {

    public static AcceptedVictims plan(String name, Map<String, BigDecimal> parts, TestPlans kit,
            ReportingSchedules schedules, ProgressReports reports, DashboardCharts dashboards) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        int thisYear = LocalDate.now().getYear();
        long police = kit.institution("Police", InstitutionType.POLICE);
        var built = kit.build(aPlan().named(name).running(thisYear - 1, thisYear + 1)
                .status(PlanStatus.ADOPTED)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Identification")
                .withActivity(anActivity("A1.1.1", "Identification of victims").ledBy(police)
                        .withIndicator(anIndicator("Victims identified").unit("victims").target("200")
                                .by(Disaggregation.SEX, Disaggregation.AGE_GROUP))));
        long victims = built.indicator("Victims identified");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        schedules.configure(built.id(), 0, new ScheduleCommand(true, PeriodLength.QUARTERLY,
                DeadlineRule.Kind.DAYS_AFTER, 15, 5));
        var ended = schedules.periods(built.id()).stream().filter(p -> p.endsOn().isBefore(LocalDate.now())).toList();
        var period = ended.get(ended.size() - 1);
        var focalPoint = TestSignIn.user(Unique.username("focal"), police, Role.FOCAL_POINT);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(focalPoint, null, focalPoint.getAuthorities()));
        reports.saveActivity(period.id(), police, built.element("A1.1.1"), 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Victims identified", null, List.of()));
        var total = parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        reports.saveValue(period.id(), police, victims, period.startsOn(), 0,
                new ValueCommand(total, null, null, parts, null));
        reports.submit(period.id(), police, reports.sheet(period.id(), police).reportVersion());
        TestSignIn.onThisThread(Role.COORDINATOR);
        reports.accept(period.id(), police, reports.sheet(period.id(), police).reportVersion());
        // the plan's progress is kept until the acceptance, once committed, evicts it: publish what it counts
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            TestSignIn.onThisThread(Role.COORDINATOR);
            assertThat(dashboards.progress(built.id(), DashboardFilter.year(period.endsOn().getYear())).indicators()
                    .filter(progress -> progress.indicator().id() == victims).findFirst().orElseThrow().value())
                    .isEqualByComparingTo(total);
        });
        TestSignIn.clear();
        return new AcceptedVictims(built.id(), victims, period.endsOn().getYear());
    }
}
