package org.ariadne.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;

import org.ariadne.plan.ActivityCommand;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.AdoptionCommand;
import org.ariadne.plan.IndicatorCommand;
import org.ariadne.plan.PlanCommand;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.PlanVersions;
import org.ariadne.plan.Plans;
import org.ariadne.plan.VersionChange;
import org.ariadne.security.Role;
import org.ariadne.security.SystemTasks;
import org.ariadne.strategy.Strategies;
import org.ariadne.strategy.StrategyCommand;
import org.ariadne.strategy.StrategyKind;
import org.springframework.stereotype.Component;

/**
 * The demo plan's mid-term review: the plan as adopted becomes version 1, and version 2, in force from 2017, drops
 * one activity (A1.1.8, its reports kept), revises one target and adds one activity, each with its reason, with the
 * Ministry of Finance's opinion. 2016 is still measured against version 1.
 */
@Component
class DemoVersions {

    private final Plans plans;
    private final PlanEditing editing;
    private final PlanVersions versions;
    private final Strategies strategies;

    DemoVersions(Plans plans, PlanEditing editing, PlanVersions versions, Strategies strategies) {
        this.strategies = strategies;
        this.plans = plans;
        this.editing = editing;
        this.versions = versions;
    }

    void load(long planId) {
        SystemTasks.callAs("demo-loader", null, EnumSet.of(Role.ME_OFFICER, Role.COORDINATOR), () -> {
            revise(planId);
            strategies(planId);
            return null;
        });
    }

    /** The national strategy that holds the demo plan, and a thematic one that holds no plan yet. */
    private void strategies(long planId) {
        long national = strategies.createDemo(new StrategyCommand(
                "Strategy against Trafficking in Persons 2015-2019 (demo)", StrategyKind.NATIONAL, null,
                "A society in which no person is trafficked, and every victim is identified, protected and supported.",
                "To prevent trafficking, protect and assist its victims and prosecute traffickers, in partnership with "
                        + "institutions, civil society and international partners.",
                "Human rights and the victim at the centre; the best interest of the child; non-discrimination; "
                        + "partnership; accountability through measurable results.", 2015, 2019));
        strategies.addPlan(national, planId);
        strategies.createDemo(new StrategyCommand("Strategy against Child Trafficking 2018-2022 (demo)",
                StrategyKind.THEMATIC, "Child trafficking and children on the move",
                "Every child at risk of trafficking is identified early and protected.", null,
                "The best interest of the child; child-friendly procedures.", 2018, 2022));
    }

    private void revise(long planId) {
        var header = plans.header(planId);
        if (header.status() != PlanStatus.ADOPTED) {
            var command = header.toCommand();
            editing.updatePlan(planId, header.version(), new PlanCommand(command.title(), command.vision(),
                    command.mission(), command.guidingPrinciples(), command.startYear(), command.endYear(),
                    PlanStatus.ADOPTED));
        }
        versions.startRevision(planId);
        var tree = plans.tree(planId);
        var specific = tree.specificObjectives().findFirst().orElseThrow();
        // dropped: the plan's own campaign week, which the national awareness activities (A1.1.4) took in; not one of
        // the activities the 2017 operational plan carries over from 2016
        specific.activities().stream().filter(a -> a.code().equals("A1.1.8")).findFirst()
                .or(() -> specific.activities().stream().skip(specific.activities().size() - 1L).findFirst())
                .map(ActivityView::id).ifPresent(versions::drop);
        // a revised target: fewer reports printed, more published online
        tree.activities().flatMap(a -> a.indicators().stream()).filter(i -> i.targetValue() != null).findFirst()
                .ifPresent(indicator -> {
                    var c = indicator.toCommand();
                    var revised = c.targetValue().multiply(new BigDecimal("0.8")).setScale(0, java.math.RoundingMode.HALF_UP);
                    editing.updateIndicator(indicator.id(), indicator.version(), new IndicatorCommand(c.name(),
                            c.resultLevel(), c.type(), c.unit(), c.direction(), c.numerator(), c.denominator(),
                            c.scaleMin(), c.scaleMax(), c.baselineValue(), c.baselineYear(), c.baselineSource(), revised,
                            c.targetYear(), c.yearTargets(), c.disaggregations(), c.dataSource(),
                            c.meansOfVerification(), c.frequency(), c.responsibleInstitutionId(), c.aggregation()));
                });
        // added: online safety lessons, which the review found missing
        editing.addActivity(specific.id(), new ActivityCommand(plans.nextActivityCode(specific.id()),
                "Online safety lessons on recruitment through social media (added by the 2017 revision, demo)", null,
                "Pupils of the last two school years know how traffickers recruit online", null, List.of(), null,
                LocalDate.of(2017, 3, 1), LocalDate.of(2019, 6, 30), false, null, null, null, null, null, List.of()));
        var reasons = new HashMap<String, String>();
        for (var change : versions.pendingChanges(planId)) {
            reasons.put(change.key(), switch (change.kind()) {
                case DROPPED -> "Merged into the national awareness activities of A1.1.4 (mid-term review, demo).";
                case ADDED -> "Online recruitment grew since 2015: the review asked for prevention in schools (demo).";
                case CHANGED -> change.element() == VersionChange.Element.INDICATOR
                        ? "Printing costs rose; part of the reports are published online instead (demo)."
                        : "Adjusted by the mid-term review (demo).";
            });
        }
        var revision = versions.revision(planId).orElseThrow();
        versions.adopt(planId, revision.version(), new AdoptionCommand(LocalDate.of(2017, 1, 1),
                LocalDate.of(2016, 12, 15), "MF-04/2016-1187 (demo)",
                "The Ministry of Finance finds the revised action plan within the medium-term expenditure framework "
                        + "2017-2019; the added activity is to be covered from donor funds (demo).", reasons));
    }
}
