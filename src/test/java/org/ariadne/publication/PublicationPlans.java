package org.ariadne.publication;

import org.ariadne.plan.ActivityCommand;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.Plans;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.TestPlans;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link PublicationFixture} plans for the publication tests and changes them as the M&amp;E officer would
 * after a publication. A bean of every test context (found by the component scan among the test classes).
 */
@Component
class PublicationPlans {

    private final TestPlans kit;
    private final PlanEditing editing;
    private final Plans plans;

    PublicationPlans(TestPlans kit, PlanEditing editing, Plans plans) {
        this.kit = kit;
        this.editing = editing;
        this.plans = plans;
    }

    /** The adopted plan with "Training of police officers". */
    PublicationFixture adopted() {
        return plan(PlanStatus.ADOPTED, "Training of police officers");
    }

    PublicationFixture plan(PlanStatus status, String trainingTitle) {
        return new PublicationFixture(kit, editing, status, trainingTitle);
    }

    /** Changes the training's title, as the M&amp;E officer would after the plan was published. */
    void renameTraining(PublicationFixture plan, String newTitle) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var activity = plans.activity(plan.training);
        var command = activity.toCommand();
        editing.updateActivity(plan.training, activity.version(), new ActivityCommand(command.code(), newTitle,
                command.description(), command.expectedResult(), command.leadInstitutionId(),
                command.supportingInstitutionIds(), command.responsiblePerson(), command.startDate(), command.endDate(),
                command.continuous(), command.frequency(), command.meansOfVerification(), command.assumptions(),
                command.risks(), command.status(), command.budgetLines()));
        TestSignIn.clear();
    }
}
