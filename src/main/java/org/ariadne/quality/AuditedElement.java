package org.ariadne.quality;

import org.ariadne.plan.ActivityView;
import org.ariadne.plan.IndicatorView;
import org.ariadne.plan.PlanHeader;
import org.ariadne.plan.SpecificObjectiveNode;
import org.ariadne.plan.StrategicObjectiveNode;
import org.ariadne.risks.RiskView;

/**
 * The element a finding is about, named the way the officer finds it in the plan: its code and title, or for an
 * indicator its name and the code of the element it measures.
 */
public record AuditedElement(ElementKind kind, long id, String code, String title) {

    static AuditedElement plan(PlanHeader plan) {
        return new AuditedElement(ElementKind.PLAN, plan.id(), "", plan.title());
    }

    static AuditedElement of(StrategicObjectiveNode objective) {
        return new AuditedElement(ElementKind.STRATEGIC_OBJECTIVE, objective.id(), objective.code(), objective.title());
    }

    static AuditedElement of(SpecificObjectiveNode objective) {
        return new AuditedElement(ElementKind.SPECIFIC_OBJECTIVE, objective.id(), objective.code(), objective.title());
    }

    static AuditedElement of(ActivityView activity) {
        return new AuditedElement(ElementKind.ACTIVITY, activity.id(), activity.code(), activity.title());
    }

    static AuditedElement of(IndicatorView indicator, String ownerCode) {
        return new AuditedElement(ElementKind.INDICATOR, indicator.id(), ownerCode, indicator.name());
    }

    /** A risk of the register (module risks), named by the code of the element it threatens and its text. */
    static AuditedElement of(RiskView risk) {
        return new AuditedElement(ElementKind.RISK, risk.id(), risk.element() == null ? "" : risk.element().code(),
                risk.description());
    }

    /** The page where the officer fixes what the finding says (the plan pages belong to the plan module). */
    public String fixPath() {
        return switch (kind) {
            case PLAN -> "/plans/" + id;
            case STRATEGIC_OBJECTIVE -> "/strategic-objectives/" + id + "/edit";
            case SPECIFIC_OBJECTIVE -> "/specific-objectives/" + id + "/edit";
            case ACTIVITY -> "/activities/" + id + "/edit";
            case INDICATOR -> "/indicators/" + id + "/edit";
            case RISK -> "/risks/" + id + "/edit";
        };
    }

    /** "A1.1.1 Training of police officers", or the title alone for the plan. */
    public String label() {
        return code == null || code.isBlank() ? title : code + " " + title;
    }
}
