package org.ariadne.support;

import java.util.ArrayList;
import java.util.List;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.IndicatorOwner;
import org.ariadne.plan.PlanCommand;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.SpecificObjectiveCommand;
import org.ariadne.plan.StrategicObjectiveCommand;
import org.ariadne.plan.ThematicArea;
import org.ariadne.reportingcycle.DeadlineRule;
import org.ariadne.reportingcycle.PeriodLength;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.reportingcycle.ScheduleCommand;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.springframework.stereotype.Component;

import static org.ariadne.support.ActivityBuilder.anActivity;

/**
 * Builds {@link LargePlan}s through the services, as the M&amp;E officer would, with quarterly reporting from 15
 * days after each quarter. The one generator of the benchmarks' plans, so that their figures speak of the same plan;
 * a benchmark writes the values it measures on top of it. A bean of every test context, like {@link TestPlans}.
 */
@Component
public class LargePlans {

    private final PlanEditing editing;
    private final Institutions institutions;
    private final ReportingSchedules schedules;

    LargePlans(PlanEditing editing, Institutions institutions, ReportingSchedules schedules) {
        this.editing = editing;
        this.institutions = institutions;
        this.schedules = schedules;
    }

    /** Builds the plan signed in as the M&amp;E officer; the test's thread stays signed in as that officer. */
    public LargePlan build(LargePlan.Shape shape, String planTitle) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var ids = new ArrayList<Long>();
        for (int i = 1; i <= shape.institutions(); i++) {
            ids.add(institutions.create(InstitutionCommand.named(shape.institutionPrefix() + " no. " + i,
                    InstitutionType.OTHER)));
        }
        long planId = editing.createPlan(new PlanCommand(planTitle, null, null, null, shape.firstYear(), shape.lastYear(),
                PlanStatus.ADOPTED));
        var plan = new LargePlan(planId, shape, ids);
        int number = 0;
        for (int so = 1; so <= shape.strategic(); so++) {
            long strategic = editing.addStrategicObjective(planId, new StrategicObjectiveCommand("SO " + so,
                    "Strategic objective " + so, null, ThematicArea.values()[so % 4]));
            for (int sp = 1; sp <= shape.specificPerStrategic(); sp++) {
                long specific = editing.addSpecificObjective(strategic, new SpecificObjectiveCommand("SO " + so + "." + sp,
                        "Specific objective " + so + "." + sp, null));
                for (int a = 1; a <= shape.activitiesPerSpecific(); a++) {
                    number++;
                    long lead = ids.get(shape.lead(number));
                    Long supporting = shape.supported() ? ids.get(shape.supporting(number)) : null;
                    var activity = anActivity("A" + so + "." + sp + "." + a, shape.activityTitle().formatted(number))
                            .ledBy(lead);
                    if (supporting != null) {
                        activity.supportedBy(supporting);
                    }
                    if (shape.budgeted()) {
                        activity.budget(shape.budgetYear(), FundingSourceKind.STATE_BUDGET, lead, "10000", "8000")
                                .budget(shape.budgetYear(), FundingSourceKind.DONOR, ids.get(shape.donor(number)), "5000",
                                        null);
                    }
                    long activityId = editing.addActivity(specific, activity.toCommand());
                    var indicators = new ArrayList<Long>();
                    for (int i = 1; i <= shape.indicatorsPerActivity(); i++) {
                        indicators.add(editing.addIndicator(IndicatorOwner.activity(activityId),
                                shape.indicators().indicator(number, i, lead).toCommand()));
                    }
                    plan.add(new LargePlan.Activity(number, activityId, lead, supporting, List.copyOf(indicators)));
                }
            }
        }
        schedules.configure(planId, 0, new ScheduleCommand(true, PeriodLength.QUARTERLY, DeadlineRule.Kind.DAYS_AFTER,
                15, 5));
        return plan;
    }
}
