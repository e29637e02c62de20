package org.ariadne.support;

import java.util.LinkedHashMap;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.IndicatorOwner;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.SpecificObjectiveCommand;
import org.ariadne.plan.StrategicObjectiveCommand;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.springframework.stereotype.Component;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Builds plans and institutions for tests through the plan's own services, as the M&amp;E officer would, so that
 * what a test reads back went through the same rules and audit trail as a person's changes. Whoever was signed in
 * on the test's thread is signed in again afterwards.
 *
 * <p>A bean of every test's application context: the application's component scan finds it among the test classes
 * (which never reach the production jar), so a test simply autowires it.
 */
@Component
public class TestPlans {

    private final PlanEditing editing;
    private final Institutions institutions;

    public TestPlans(PlanEditing editing, Institutions institutions) {
        this.editing = editing;
        this.institutions = institutions;
    }

    public BuiltPlan build(PlanBuilder plan) {
        return asOfficer(() -> {
            var command = plan.toCommand();
            long planId = editing.createPlan(command);
            var elements = new LinkedHashMap<String, Long>();
            var indicators = new LinkedHashMap<String, Long>();
            long strategic = 0;
            long specific = 0;
            for (var element : plan.elements) {
                IndicatorOwner owner;
                if (element.strategic()) {
                    strategic = editing.addStrategicObjective(planId, new StrategicObjectiveCommand(element.code,
                            element.title, element.description, element.area));
                    elements.put(element.code, strategic);
                    owner = IndicatorOwner.strategicObjective(strategic);
                } else if (element.activity()) {
                    long activity = editing.addActivity(specific, element.activity.toCommand());
                    elements.put(element.code, activity);
                    owner = IndicatorOwner.activity(activity);
                } else {
                    specific = editing.addSpecificObjective(strategic, new SpecificObjectiveCommand(element.code,
                            element.title, element.description));
                    elements.put(element.code, specific);
                    owner = IndicatorOwner.specificObjective(specific);
                }
                for (var indicator : element.indicators) {
                    indicators.put(indicator.name(), editing.addIndicator(owner, indicator.toCommand()));
                }
            }
            return new BuiltPlan(planId, command.title(), elements, indicators);
        });
    }

    /** An institution with a unique name starting with these words. */
    public long institution(String words, InstitutionType type) {
        return asOfficer(() -> institutions.create(InstitutionCommand.named(Unique.name(words), type)));
    }

    /**
     * Runs the work as an M&E officer: the one signed in on this thread if there is one (so that a test builds a plan
     * in that person's participant, issue 19), else an officer of the home participant.
     */
    private <T> T asOfficer(java.util.function.Supplier<T> work) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        if (before != null && before.getPrincipal() instanceof org.ariadne.security.SignedInUser person
                && person.has(Role.ME_OFFICER)) {
            return work.get();
        }
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return work.get();
        } finally {
            if (before == null) {
                TestSignIn.clear();
            } else {
                SecurityContextHolder.getContext().setAuthentication(before);
            }
        }
    }
}
