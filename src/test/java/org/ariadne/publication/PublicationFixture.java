package org.ariadne.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityCommand;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.BudgetLineCommand;
import org.ariadne.plan.Direction;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.IndicatorCommand;
import org.ariadne.plan.IndicatorOwner;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.PlanCommand;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.Plans;
import org.ariadne.plan.ResultLevel;
import org.ariadne.plan.SpecificObjectiveCommand;
import org.ariadne.plan.StrategicObjectiveCommand;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.Unique;

/**
 * A plan built through the services as the M&amp;E officer would: SO 1 Protection with "Training of police officers"
 * (led by the police, started, with "Victims identified" from 0 to 200 victims and a budget with a gap, a person
 * responsible and risks that must never be public) and "Shelter beds" (completed, continuous); SO 2 Prevention with
 * an awareness campaign of the ministry. The plan runs from last year to next year.
 */
final class PublicationFixture {

    final long planId;
    final String title;
    final int year;
    final long police;
    final long training;
    final long beds;
    final long victims;

    PublicationFixture(PlanEditing editing, Institutions institutions, PlanStatus status, String activityTitle) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        year = LocalDate.now().getYear();
        police = institutions.create(InstitutionCommand.named(Unique.name("Police"), InstitutionType.POLICE));
        var ministry = institutions.create(InstitutionCommand.named(Unique.name("Ministry"), InstitutionType.MINISTRY));
        title = Unique.name("Public plan");
        planId = editing.createPlan(new PlanCommand(title, "A country free of trafficking", "Coordinate", null,
                year - 1, year + 1, status));
        var protection = editing.addStrategicObjective(planId, new StrategicObjectiveCommand("SO 1", "Protection", null,
                ThematicArea.PROTECTION));
        var identification = editing.addSpecificObjective(protection, new SpecificObjectiveCommand("SO 1.1",
                "Identification", null));
        training = editing.addActivity(identification, new ActivityCommand("A1.1.1", activityTitle, "How: in secret",
                null, police, List.of(), "Agent Smith", LocalDate.of(year - 1, 3, 1), LocalDate.of(year, 11, 30), false,
                Frequency.QUARTERLY, null, "Secret assumption", "Secret risk", null,
                List.of(new BudgetLineCommand(year, FundingSourceKind.STATE_BUDGET, police, new BigDecimal("7777"),
                        new BigDecimal("1111")))));
        victims = editing.addIndicator(IndicatorOwner.activity(training), new IndicatorCommand("Victims identified",
                ResultLevel.OUTPUT, IndicatorType.NUMBER, "victims", Direction.INCREASE, null, null, null, null,
                BigDecimal.ZERO, year - 2, null, new BigDecimal("200"), year + 1, List.of(), Set.of(), null, null,
                Frequency.QUARTERLY, police));
        beds = editing.addActivity(identification, new ActivityCommand("A1.1.2", "Shelter beds", null, null, police,
                List.of(), null, null, null, true, Frequency.QUARTERLY, null, null, null, null, List.of()));
        var prevention = editing.addStrategicObjective(planId, new StrategicObjectiveCommand("SO 2", "Prevention", null,
                ThematicArea.PREVENTION));
        var campaigns = editing.addSpecificObjective(prevention, new SpecificObjectiveCommand("SO 2.1", "Campaigns", null));
        editing.addActivity(campaigns, new ActivityCommand("A2.1.1", "Awareness campaign", null, null, ministry,
                List.of(), null, null, null, true, Frequency.QUARTERLY, null, null, null, null, List.of()));
        if (status != PlanStatus.DRAFT) {
            editing.recordStatus(training, ActivityStatus.STARTED);
            editing.recordStatus(beds, ActivityStatus.COMPLETED);
        }
        TestSignIn.clear();
    }

    static PublicationFixture adopted(PlanEditing editing, Institutions institutions) {
        return new PublicationFixture(editing, institutions, PlanStatus.ADOPTED, "Training of police officers");
    }

    /** Changes the training's title, as the M&amp;E officer would after the plan was published. */
    void renameTraining(PlanEditing editing, Plans plans, String newTitle) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var activity = plans.activity(training);
        var command = activity.toCommand();
        editing.updateActivity(training, activity.version(), new ActivityCommand(command.code(), newTitle,
                command.description(), command.expectedResult(), command.leadInstitutionId(),
                command.supportingInstitutionIds(), command.responsiblePerson(), command.startDate(), command.endDate(),
                command.continuous(), command.frequency(), command.meansOfVerification(), command.assumptions(),
                command.risks(), command.status(), command.budgetLines()));
        TestSignIn.clear();
    }
}
