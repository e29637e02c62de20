package org.ariadne.plan;

import org.ariadne.audit.Audited;

/**
 * A plan element that is its own audit record (its state needs no names from elsewhere): the trail's id, label and
 * plan are the element's, so the element only says its type and its state.
 */
interface AuditedElement extends PlanElement, Audited {

    @Override
    default Long auditId() {
        return id();
    }

    @Override
    default String auditLabel() {
        return label();
    }

    @Override
    default Long auditPlanId() {
        return planId();
    }
}
