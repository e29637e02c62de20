package org.ariadne.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityCommand;
import org.ariadne.plan.Direction;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.IndicatorCommand;
import org.ariadne.plan.IndicatorOwner;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.PlanCommand;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.ResultLevel;
import org.ariadne.plan.SpecificObjectiveCommand;
import org.ariadne.plan.StrategicObjectiveCommand;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.Unique;

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
        TestSignIn.onThisThread(Role.ME_OFFICER);
        int year = LocalDate.now().getYear();
        police = institutions.create(InstitutionCommand.named(Unique.name("Police"), InstitutionType.POLICE));
        shelter = institutions.create(InstitutionCommand.named(Unique.name("Shelter"), InstitutionType.SHELTER_NGO));
        planId = editing.createPlan(new PlanCommand(Unique.name("Reporting plan"), null, null, null, year - 1, year + 1,
                PlanStatus.ADOPTED));
        var so = editing.addStrategicObjective(planId, new StrategicObjectiveCommand("SO 1", "Protection", null,
                ThematicArea.PROTECTION));
        var sp = editing.addSpecificObjective(so, new SpecificObjectiveCommand("SO 1.1", "Identification", null));
        training = editing.addActivity(sp, activity("A1.1.1", "Training of police officers", police, Frequency.MONTHLY));
        operations = editing.addActivity(sp, activity("A1.1.2", "Joint operations", police, Frequency.QUARTERLY));
        beds = editing.addActivity(sp, activity("A1.1.3", "Shelter beds", shelter, Frequency.QUARTERLY));
        victimsIdentified = editing.addIndicator(IndicatorOwner.activity(training), indicator("Victims identified",
                IndicatorType.NUMBER, Frequency.MONTHLY, EnumSet.of(Disaggregation.SEX, Disaggregation.AGE_GROUP)));
        operationsHeld = editing.addIndicator(IndicatorOwner.activity(operations), indicator("Joint operation held",
                IndicatorType.YES_NO, null, EnumSet.noneOf(Disaggregation.class)));
        bedsAvailable = editing.addIndicator(IndicatorOwner.activity(beds), indicator("Beds available",
                IndicatorType.NUMBER, null, EnumSet.noneOf(Disaggregation.class)));
        schedules.configure(planId, 0, new ScheduleCommand(true, PeriodLength.QUARTERLY, DeadlineRule.Kind.DAYS_AFTER,
                15, 5));
        TestSignIn.clear();
    }

    private static ActivityCommand activity(String code, String title, long lead, Frequency frequency) {
        return new ActivityCommand(code, title, null, null, lead, List.of(), null, null, null, true, frequency, null, null,
                null, null, List.of());
    }

    private static IndicatorCommand indicator(String name, IndicatorType type, Frequency frequency,
            EnumSet<Disaggregation> dimensions) {
        return new IndicatorCommand(name, ResultLevel.OUTPUT, type, null, Direction.INCREASE, null, null, null, null,
                BigDecimal.ZERO, null, null, null, null, List.of(), dimensions, null, null, frequency, null);
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
