package org.ariadne.plan;

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
}
