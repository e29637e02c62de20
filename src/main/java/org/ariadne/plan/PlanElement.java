package org.ariadne.plan;

import java.util.Map;

/** What every element of the results framework has in common: identity, place and a readable snapshot. */
interface PlanElement {

    Long id();

    Integer version();

    long planId();

    String code();

    String title();

    int position();

    void moveTo(int position);

    /** The element's values as people read them, for the audit trail. */
    Map<String, Object> snapshot();

    default String label() {
        return code() + " " + title();
    }
}
