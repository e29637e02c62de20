package org.ariadne.regional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.ariadne.evaluations.EvaluationCommand;
import org.ariadne.evaluations.Evaluations;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.Aggregation;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.PlanEditing;
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
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;

/**
 * Two participants of their own, as the regional comparison sees them. Participant A ("Arbëria ..."): an adopted
 * plan running from last year to next year, one of its two activities with a budget, quarterly reporting, the
 * police's report of the last ended quarter accepted with 30 beds available (baseline 10, target 50: 50 %), and a
 * mid-term evaluation planned. Participant B ("Bregovina ..."): a draft plan, its one activity costed, no reporting
 * schedule, no evaluation. Both set up through the facades as the M&amp;E officer, then placed in their participants
 * with SQL (plans and institutions).
 */
public final class RegionalFixture {

    public final long participantA;
    public final long participantB;
    public final String nameA;
    public final String nameB;
    public final long planA;
    public final long planB;
    public final String bedsA;
    public final long bedsIndicatorA;
    public final String victimsB;
    public final long victimsIndicatorB;

    public RegionalFixture(JdbcClient jdbc, PlanEditing editing, Institutions institutions, ReportingSchedules schedules,
            ProgressReports reports, Evaluations evaluations) {
        nameA = Unique.name("Arbëria");
        nameB = Unique.name("Bregovina");
        participantA = participant(jdbc, nameA);
        participantB = participant(jdbc, nameB);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var kit = new TestPlans(editing, institutions);
        int thisYear = LocalDate.now().getYear();
        long police = kit.institution("Police", InstitutionType.POLICE);
        long ministry = kit.institution("Ministry", InstitutionType.MINISTRY);
        bedsA = Unique.name("Beds available");
        var a = kit.build(aPlan().named("National plan A").running(thisYear - 1, thisYear + 1).status(PlanStatus.ADOPTED)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Shelter")
                .withActivity(anActivity("A1.1.1", "Shelter beds").ledBy(police)
                        .budget(thisYear, FundingSourceKind.STATE_BUDGET, police, "1000", "1000")
                        .withIndicator(anIndicator(bedsA).unit("beds").baseline("10").target("50")
                                .aggregated(Aggregation.LAST)))
                .withActivity(anActivity("A1.1.2", "Awareness days").ledBy(police)));
        victimsB = Unique.name("Victims identified");
        var b = kit.build(aPlan().named("National plan B").running(thisYear, thisYear + 2).status(PlanStatus.DRAFT)
                .withStrategicObjective("SO 1", "Identification", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Identification")
                .withActivity(anActivity("A1.1.1", "Training of inspectors").ledBy(ministry)
                        .budget(thisYear, FundingSourceKind.STATE_BUDGET, ministry, "500", null)
                        .withIndicator(anIndicator(victimsB).target("100"))));
        planA = a.id();
        planB = b.id();
        bedsIndicatorA = a.indicator(bedsA);
        victimsIndicatorB = b.indicator(victimsB);
        jdbc.sql("update action_plan set participant_id = ? where id = ?").params(participantA, planA).update();
        jdbc.sql("update institution set participant_id = ? where id = ?").params(participantA, police).update();
        jdbc.sql("update action_plan set participant_id = ? where id = ?").params(participantB, planB).update();
        jdbc.sql("update institution set participant_id = ? where id = ?").params(participantB, ministry).update();

        // the plan is participant A's now: its officer sets the schedule
        as(TestSignIn.userOf(participantA, Unique.username("officer"), null, Role.ME_OFFICER));
        schedules.configure(planA, 0, new ScheduleCommand(true, PeriodLength.QUARTERLY, DeadlineRule.Kind.DAYS_AFTER,
                15, 5));
        var last = schedules.periods(planA).stream().filter(p -> p.endsOn().isBefore(LocalDate.now()))
                .reduce((first, second) -> second).orElseThrow();
        var activity = a.element("A1.1.1");
        as(TestSignIn.userOf(participantA, Unique.username("focal"), police, Role.FOCAL_POINT));
        reports.saveActivity(last.id(), police, activity, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Beds opened", null, List.of()));
        reports.saveActivity(last.id(), police, a.element("A1.1.2"), 0,
                new ActivityEntryCommand(ActivityStatus.NOT_STARTED, "Planned for spring", null, List.of()));
        reports.saveValue(last.id(), police, bedsIndicatorA, last.startsOn(), 0,
                new ValueCommand(new BigDecimal("30"), null, null, Map.of(), null));
        reports.submit(last.id(), police, reports.sheet(last.id(), police).reportVersion());
        as(TestSignIn.userOf(participantA, Unique.username("coordinator"), null, Role.COORDINATOR));
        reports.accept(last.id(), police, reports.sheet(last.id(), police).reportVersion());

        as(TestSignIn.userOf(participantA, Unique.username("officer"), null, Role.ME_OFFICER));
        evaluations.create(EvaluationCommand.empty(planA).withTitle("Mid-term evaluation of plan A"));
        TestSignIn.clear();
    }

    static SignedInUser regionalOfficer() {
        return TestSignIn.userOf(null, Unique.username("regional"), null, Role.REGIONAL_OFFICER);
    }

    SignedInUser officerOf(long participant) {
        return TestSignIn.userOf(participant, Unique.username("officer"), null, Role.ME_OFFICER);
    }

    private static long participant(JdbcClient jdbc, String name) {
        var code = Unique.username("p").toUpperCase(java.util.Locale.ROOT);
        var now = LocalDateTime.now();
        jdbc.sql("insert into participant (code, name, created_at, updated_at) values (?, ?, ?, ?)")
                .params(code, name, now, now).update();
        return jdbc.sql("select id from participant where code = ?").param(code).query(Long.class).single();
    }

    private static void as(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
