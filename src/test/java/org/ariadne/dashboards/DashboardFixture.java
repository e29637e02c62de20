package org.ariadne.dashboards;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.Aggregation;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.Plans;
import org.ariadne.plan.ThematicArea;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reportingcycle.DeadlineRule;
import org.ariadne.reportingcycle.PeriodLength;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.reportingcycle.ScheduleCommand;
import org.ariadne.reporting.SpendingCommand;
import org.ariadne.reporting.ValueCommand;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.awaitility.Awaitility;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan with quarterly reporting, built and reported on through the services as people would:
 * <ul>
 * <li>SO 1 Protection: the police lead "Training of police officers" (victims identified, by sex × age group,
 * baseline 0, final target 200) and "Joint operations" (referral meetings, no target: not measurable); a shelter
 * leads "Shelter beds" (beds available, no report).</li>
 * <li>SO 2 Prevention: the ministry leads an awareness campaign without indicators or status.</li>
 * </ul>
 * The police report the two quarters that ended last (20 then 30 victims; training started, operations started
 * then completed, 400 spent from the state budget) and the coordinator accepts both. The shelter reports nothing.
 */
final class DashboardFixture {

    static final String SECOND_TITLE = "Prevention & <b>awareness</b>";

    final long planId;
    final int startYear;
    final int endYear;
    final long police;
    final long shelter;
    final long ministry;
    final long donor;
    final long training;
    final long operations;
    final long beds;
    final long awareness;
    final long victims;
    final long meetings;
    final long bedsAvailable;
    final PeriodView earlier;
    final PeriodView last;
    /** The year the last period ends in: the year whose figures the tests read. */
    final int year;

    DashboardFixture(PlanEditing editing, Institutions institutions, ReportingSchedules schedules,
            ProgressReports reports, Plans plans) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        int thisYear = LocalDate.now().getYear();
        startYear = thisYear - 1;
        endYear = thisYear + 1;
        var kit = new TestPlans(editing, institutions);
        police = kit.institution("Police", InstitutionType.POLICE);
        shelter = kit.institution("Shelter", InstitutionType.SHELTER_NGO);
        ministry = kit.institution("Ministry & <i>Interior</i>", InstitutionType.MINISTRY);
        donor = kit.institution("Donor", InstitutionType.DONOR);
        // the year of the quarter that ended last: the budget lines below are for that year
        year = LocalDate.now().getMonthValue() <= 3 ? thisYear - 1 : thisYear;
        var plan = kit.build(aPlan().named("Dashboard plan").running(startYear, endYear)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Identification")
                .withActivity(anActivity("A1.1.1", "Training of police officers").ledBy(police)
                        .budget(year, FundingSourceKind.STATE_BUDGET, police, "1000", "1000")
                        .budget(year, FundingSourceKind.DONOR, donor, "5000", "2000")
                        .withIndicator(anIndicator("Victims identified").target("200")
                                .by(Disaggregation.SEX, Disaggregation.AGE_GROUP)))
                .withActivity(anActivity("A1.1.2", "Joint operations").ledBy(police)
                        .withIndicator(anIndicator("Referral meetings held")))
                .withActivity(anActivity("A1.1.3", "Shelter beds").ledBy(shelter)
                        .withIndicator(anIndicator("Beds available").unit("beds").baseline("10").target("50")
                                .aggregated(Aggregation.LAST)))
                .withStrategicObjective("SO 2", SECOND_TITLE, ThematicArea.PREVENTION)
                .withSpecificObjective("SO 2.1", "Campaigns")
                .withActivity(anActivity("A2.1.1", "Awareness campaign").ledBy(ministry)
                        .budget(year, FundingSourceKind.DONOR, donor, "3000", null)
                        .budget(null, FundingSourceKind.MUNICIPALITY, null, "700", null)));
        planId = plan.id();
        training = plan.element("A1.1.1");
        operations = plan.element("A1.1.2");
        beds = plan.element("A1.1.3");
        awareness = plan.element("A2.1.1");
        victims = plan.indicator("Victims identified");
        meetings = plan.indicator("Referral meetings held");
        bedsAvailable = plan.indicator("Beds available");

        TestSignIn.onThisThread(Role.ME_OFFICER);
        schedules.configure(planId, 0, new ScheduleCommand(true, PeriodLength.QUARTERLY, DeadlineRule.Kind.DAYS_AFTER,
                15, 5));
        var periods = schedules.periods(planId).stream().filter(p -> p.endsOn().isBefore(LocalDate.now())).toList();
        last = periods.get(periods.size() - 1);
        earlier = periods.get(periods.size() - 2);
        assertThat(last.endsOn().getYear()).as("year of the last ended quarter").isEqualTo(year);

        report(reports, earlier, ActivityStatus.STARTED, ActivityStatus.STARTED, new BigDecimal("20"), Map.of(
                "SEX=FEMALE|AGE_GROUP=UNDER_18", new BigDecimal("5"), "SEX=FEMALE|AGE_GROUP=ADULT", new BigDecimal("10"),
                "SEX=MALE|AGE_GROUP=ADULT", new BigDecimal("5")));
        report(reports, last, ActivityStatus.STARTED, ActivityStatus.COMPLETED, new BigDecimal("30"), Map.of(
                "SEX=FEMALE|AGE_GROUP=UNDER_18", new BigDecimal("10"), "SEX=FEMALE|AGE_GROUP=ADULT", new BigDecimal("12"),
                "SEX=MALE|AGE_GROUP=ADULT", new BigDecimal("8")));

        // the plan takes the reported statuses once each acceptance is committed
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            TestSignIn.onThisThread(Role.ME_OFFICER);
            var statuses = plans.tree(planId).activities().toList();
            assertThat(statuses).filteredOn(a -> a.id() == operations).extracting(a -> a.status())
                    .containsExactly(ActivityStatus.COMPLETED);
            assertThat(statuses).filteredOn(a -> a.id() == training).extracting(a -> a.status())
                    .containsExactly(ActivityStatus.STARTED);
        });
        TestSignIn.clear();
    }

    private void report(ProgressReports reports, PeriodView period, ActivityStatus trainingStatus,
            ActivityStatus operationsStatus, BigDecimal victimsCount, Map<String, BigDecimal> parts) {
        as(focalPoint(police));
        var spending = period == last
                ? List.of(new SpendingCommand(FundingSourceKind.STATE_BUDGET, police, new BigDecimal("400")))
                : List.<SpendingCommand>of();
        reports.saveActivity(period.id(), police, training, 0,
                new ActivityEntryCommand(trainingStatus, "Officers trained", null, spending));
        reports.saveActivity(period.id(), police, operations, 0,
                new ActivityEntryCommand(operationsStatus, "Operations held", null, List.of()));
        reports.saveValue(period.id(), police, victims, period.startsOn(), 0,
                new ValueCommand(victimsCount, null, null, parts, null));
        reports.saveValue(period.id(), police, meetings, period.startsOn(), 0,
                new ValueCommand(new BigDecimal("4"), null, null, Map.of(), null));
        reports.submit(period.id(), police, reports.sheet(period.id(), police).reportVersion());
        TestSignIn.onThisThread(Role.COORDINATOR);
        reports.accept(period.id(), police, reports.sheet(period.id(), police).reportVersion());
    }

    SignedInUser focalPoint(long institution) {
        return TestSignIn.user(Unique.username("focal"), institution, Role.FOCAL_POINT);
    }

    private static void as(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
