package org.ariadne.plan.web;

import java.time.LocalDate;
import java.util.List;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
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
import org.springframework.stereotype.Component;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;

/**
 * Builds plans for the page tests through the plan's own services, signed in as an M&E officer. Every method
 * signs in again because a MockMvc request clears the security context of the test thread when it ends. A bean of
 * every test context (found by the component scan among the test classes): the page tests autowire it.
 */
@Component
class PlanFixture {

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
        return editing.addActivity(specificId, anActivity(code, title).describedAs("How it is done")
                .expecting("Expected result of " + title).ledBy(lead).supportedBy(supporting)
                .responsible("Fatmira").running(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)).reported(null)
                .verifiedBy("List of participants").assuming("").risking("").status(status)
                .budget(2017, null, null, "1000", "400").toCommand());
    }

    long indicator(IndicatorOwner owner, String name) {
        return indicator(owner, name, null);
    }

    long indicator(IndicatorOwner owner, String name, Long responsibleInstitution) {
        asOfficer();
        return editing.addIndicator(owner, anIndicator(name).level(null).type(null).unit("persons").direction(null)
                .baseline("0", 2015, null).target("100", 2020).reported(null).responsible(responsibleInstitution)
                .toCommand());
    }

    static void asOfficer() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
    }
}
