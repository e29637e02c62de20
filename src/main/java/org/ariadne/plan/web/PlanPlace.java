package org.ariadne.plan.web;

import java.util.ArrayList;
import java.util.List;

import org.ariadne.common.NotFoundException;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.IndicatorOwner;
import org.ariadne.plan.IndicatorView;
import org.ariadne.plan.PlanHeader;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.SpecificObjectiveNode;
import org.ariadne.plan.StrategicObjectiveNode;

/**
 * Where an element sits in its plan: the plan and the objectives above it, found in one read of the plan tree,
 * for the breadcrumbs of a page and the plan years of a form.
 */
record PlanPlace(PlanTree tree, StrategicObjectiveNode strategic, SpecificObjectiveNode specific,
        ActivityView activity) {

    /** One step of the breadcrumbs. */
    record Crumb(String label, String href) {
    }

    static PlanPlace ofPlan(PlanTree tree) {
        return new PlanPlace(tree, null, null, null);
    }

    static PlanPlace ofStrategic(PlanTree tree, long id) {
        var strategic = tree.strategicObjective(id).orElseThrow(() -> NotFoundException.of("strategic-objective", id));
        return new PlanPlace(tree, strategic, null, null);
    }

    static PlanPlace ofSpecific(PlanTree tree, long id) {
        var specific = tree.specificObjective(id).orElseThrow(() -> NotFoundException.of("specific-objective", id));
        var strategic = tree.strategicObjective(specific.strategicObjectiveId()).orElseThrow();
        return new PlanPlace(tree, strategic, specific, null);
    }

    static PlanPlace ofActivity(PlanTree tree, long id) {
        var activity = tree.activity(id).orElseThrow(() -> NotFoundException.of("activity", id));
        var specific = tree.specificObjective(activity.specificObjectiveId()).orElseThrow();
        return new PlanPlace(tree, tree.strategicObjective(specific.strategicObjectiveId()).orElseThrow(), specific,
                activity);
    }

    static PlanPlace ofOwner(PlanTree tree, IndicatorOwner owner) {
        return switch (owner.kind()) {
            case STRATEGIC_OBJECTIVE -> ofStrategic(tree, owner.id());
            case SPECIFIC_OBJECTIVE -> ofSpecific(tree, owner.id());
            case ACTIVITY -> ofActivity(tree, owner.id());
        };
    }

    static IndicatorView indicator(PlanTree tree, long id) {
        return tree.indicators().filter(indicator -> indicator.id() == id).findFirst()
                .orElseThrow(() -> NotFoundException.of("indicator", id));
    }

    public PlanHeader plan() {
        return tree.plan();
    }

    /** The label of the element this place points at (the deepest one), like "A1.2.3 Training of judges". */
    public String label() {
        if (activity != null) {
            return activity.code() + " " + activity.title();
        }
        if (specific != null) {
            return specific.code() + " " + specific.title();
        }
        if (strategic != null) {
            return strategic.code() + " " + strategic.title();
        }
        return plan().title();
    }

    /** The plan, then each element down to this one; the list of plans comes first on every page. */
    public List<Crumb> crumbs() {
        var planPath = "/plans/" + plan().id();
        var crumbs = new ArrayList<Crumb>();
        crumbs.add(new Crumb(plan().title(), planPath));
        if (strategic != null) {
            crumbs.add(new Crumb(strategic.code(), planPath + "#so-" + strategic.id()));
        }
        if (specific != null) {
            crumbs.add(new Crumb(specific.code(), planPath + "#sp-" + specific.id()));
        }
        if (activity != null) {
            crumbs.add(new Crumb(activity.code(), "/activities/" + activity.id()));
        }
        return crumbs;
    }

    /** The plan tree, opened at this element. */
    public String treeLink() {
        var planPath = "/plans/" + plan().id();
        if (activity != null) {
            return planPath + "#a-" + activity.id();
        }
        if (specific != null) {
            return planPath + "#sp-" + specific.id();
        }
        if (strategic != null) {
            return planPath + "#so-" + strategic.id();
        }
        return planPath;
    }
}
