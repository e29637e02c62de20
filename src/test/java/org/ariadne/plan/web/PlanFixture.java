package org.ariadne.plan.web;

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
import org.ariadne.plan.IndicatorCommand;
import org.ariadne.plan.IndicatorOwner;
import org.ariadne.plan.PlanCommand;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.SpecificObjectiveCommand;
import org.ariadne.plan.StrategicObjectiveCommand;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.Unique;

/**
 * Builds plans for the page tests through the plan's own services, signed in as an M&E officer. Every method
 * signs in again because a MockMvc request clears the security context of the test thread when it ends.
 */
final class PlanFixture {

    private final PlanEditing editing;
    private final Institutions institutions;

    PlanFixture(PlanEditing editing, Institutions institutions) {
        this.editing = editing;
        this.institutions = institutions;
    }

    long institution(String name, InstitutionType type) {
        asOfficer();
        return institutions.create(InstitutionCommand.named(Unique.name(name), type));
    }

    /** A plan for 2016–2020 with a unique title. */
    long plan(String title) {
        asOfficer();
        return editing.createPlan(new PlanCommand(Unique.name(title), "A country free of trafficking",
                "Coordinate the fight against trafficking", "Victim-centred approach", 2016, 2020, PlanStatus.ADOPTED));
    }

    long strategic(long planId, String code, String title, ThematicArea area) {
        asOfficer();
        return editing.addStrategicObjective(planId, new StrategicObjectiveCommand(code, title, "", area));
    }

    long specific(long strategicId, String code, String title) {
        asOfficer();
        return editing.addSpecificObjective(strategicId, new SpecificObjectiveCommand(code, title, ""));
    }

    long activity(long specificId, String code, String title) {
        return activity(specificId, code, title, null, List.of(), null);
    }

    long activity(long specificId, String code, String title, Long lead, List<Long> supporting, ActivityStatus status) {
        asOfficer();
        return editing.addActivity(specificId, new ActivityCommand(code, title, "How it is done", "Expected result of " + title,
                lead, supporting, "Fatmira", LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31), false, null,
                "List of participants", "", "", status,
                List.of(new BudgetLineCommand(2017, null, null, new BigDecimal("1000"), new BigDecimal("400")))));
    }

    long indicator(IndicatorOwner owner, String name) {
        return indicator(owner, name, null);
    }

    long indicator(IndicatorOwner owner, String name, Long responsibleInstitution) {
        asOfficer();
        return editing.addIndicator(owner, new IndicatorCommand(name, null, null, "persons", null, null, null, null, null,
                BigDecimal.ZERO, 2015, null, new BigDecimal("100"), 2020, List.of(), Set.of(), null, null, null,
                responsibleInstitution));
    }

    static void asOfficer() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
    }
}
