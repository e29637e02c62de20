package org.ariadne.operationalplan;

import java.util.Locale;

import org.ariadne.common.Labelled;

/** Where an operational plan stands: a draft the M&amp;E officer adjusts, or approved by the coordinator and frozen. */
public enum OperationalPlanStatus implements Labelled {
    DRAFT, APPROVED;

    @Override
    public String messageKey() {
        return "operationalplan.status." + name().toLowerCase(Locale.ROOT);
    }
}
