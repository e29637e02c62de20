package org.ariadne.plan;

import java.util.Map;

import org.ariadne.audit.Audited;

/** What every element of the results framework has in common: identity and place. */
interface PlanElement {

    Long id();

    Integer version();

    long planId();

    String code();

    String title();

    int position();

    void moveTo(int position);

    default String label() {
        return code() + " " + title();
    }

    /** The kind of element as the audit trail files it ("activity"). */
    String auditType();

    /**
     * The trail's view of the element with a state built elsewhere (with institutions by name, or none for a move):
     * the element's own type, id, label and plan.
     */
    default Audited audited(Map<String, Object> state) {
        return Audited.of(auditType(), id(), label(), planId(), state);
    }
}
