package org.ariadne.publication;

import java.util.Locale;

import org.ariadne.plan.PlanStatus;

/** What can be made public about a plan. */
public enum PublicationKind {
    /** The adopted plan's structure: objectives, activities, indicators with baseline and target. */
    PLAN,
    /** A year's aggregate figures: overall progress, progress per strategic objective, activities by status. */
    FIGURES,
    /** A generated report (annual report, quarterly summary) as PDF and DOCX. */
    REPORT;

    /**
     * Whether a plan in this status may have this published: the plan's structure only once it is adopted (the
     * government's text, not a draft); figures and reports of an adopted plan, or of an archived one after its end.
     */
    public boolean allows(PlanStatus status) {
        return this == PLAN ? status == PlanStatus.ADOPTED : status != PlanStatus.DRAFT;
    }

    /**
     * Whether it publishes counts of persons that the disclosure rule protects: a year's figures and a report do;
     * the plan's structure (baselines and targets the planners set) does not.
     */
    public boolean countsPersons() {
        return this != PLAN;
    }

    public String messageKey() {
        return "publication.kind." + name().toLowerCase(Locale.ROOT);
    }
}
