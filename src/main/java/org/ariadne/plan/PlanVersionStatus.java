package org.ariadne.plan;

import java.util.Locale;

import org.ariadne.common.Labelled;

/** Where a version of a plan stands: being revised (the live plan is its draft), or adopted. */
public enum PlanVersionStatus implements Labelled {
    IN_REVISION, ADOPTED;

    @Override
    public String messageKey() {
        return "plan.version.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
