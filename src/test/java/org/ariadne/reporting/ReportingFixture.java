package org.ariadne.reporting;

import java.time.LocalDate;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.ThematicArea;
import org.ariadne.reportingcycle.DeadlineRule;
import org.ariadne.reportingcycle.PeriodLength;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.reportingcycle.ScheduleCommand;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.TestPlans;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;

/**
 * A plan running from last year to next year with quarterly reporting: the police lead "Training of police
 * officers" (victims identified, monthly, by sex × age group) and "Joint operations" (quarterly, yes/no); a shelter
 * leads "Shelter beds". Built through the services as the M&E officer.
 */
public final class ReportingFixture {

    public final long planId;
    public final long police;
    public final long shelter;
    public final long training;
    public final long operations;
    public final long beds;
    public final long victimsIdentified;
    public final long operationsHeld;
    public final long bedsAvailable;

    public ReportingFixture(PlanEditing editing, Institutions institutions, ReportingSchedules schedules) {
        this(editing, institutions, schedules, LocalDate.now().getYear() - 1);
    }

    /**
     * The same plan running from {@code firstYear} for three years. A test that runs a job over every plan near a
     * day (the reminders) takes years no other test's plan covers, so that the job reads its plan only and not the
     * hundreds the other tests left in the shared database.
     */
    public ReportingFixture(PlanEditing editing, Institutions institutions, ReportingSchedules schedules,
            int firstYear) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        int year = firstYear + 1;
        var kit = new TestPlans(editing, institutions);
        police = kit.institution("Police", InstitutionType.POLICE);
        shelter = kit.institution("Shelter", InstitutionType.SHELTER_NGO);
        var plan = kit.build(aPlan().named("Reporting plan").running(year - 1, year + 1)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Identification")
                .withActivity(anActivity("A1.1.1", "Training of police officers").ledBy(police).reported(Frequency.MONTHLY)
                        .withIndicator(anIndicator("Victims identified").reported(Frequency.MONTHLY)
                                .by(Disaggregation.SEX, Disaggregation.AGE_GROUP)))
                .withActivity(anActivity("A1.1.2", "Joint operations").ledBy(police)
                        .withIndicator(anIndicator("Joint operation held").type(IndicatorType.YES_NO).reported(null)))
                .withActivity(anActivity("A1.1.3", "Shelter beds").ledBy(shelter)
                        .withIndicator(anIndicator("Beds available").reported(null))));
        planId = plan.id();
        training = plan.element("A1.1.1");
        operations = plan.element("A1.1.2");
        beds = plan.element("A1.1.3");
        victimsIdentified = plan.indicator("Victims identified");
        operationsHeld = plan.indicator("Joint operation held");
        bedsAvailable = plan.indicator("Beds available");
        schedules.configure(planId, 0, new ScheduleCommand(true, PeriodLength.QUARTERLY, DeadlineRule.Kind.DAYS_AFTER,
                15, 5));
        TestSignIn.clear();
    }

    /** The period that ended most recently (its deadline may or may not have passed). */
    public PeriodView lastEndedPeriod(ReportingSchedules schedules) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            var today = LocalDate.now();
            return schedules.periods(planId).stream().filter(p -> p.endsOn().isBefore(today))
                    .reduce((first, second) -> second).orElseThrow();
        } finally {
            TestSignIn.clear();
        }
    }

    /** The period running today, whose deadline is still ahead: a report submitted now is on time. */
    public PeriodView currentPeriod(ReportingSchedules schedules) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            var today = LocalDate.now();
            return schedules.periods(planId).stream().filter(p -> p.contains(today)).findFirst().orElseThrow();
        } finally {
            TestSignIn.clear();
        }
    }
}
