package org.ariadne.operationalplan;

import java.util.List;

import org.ariadne.common.UserFacingException;

/**
 * A change the operational plan refuses, with the message key (and values) the user reads in their language and,
 * where it is about one field of the line form, that field; where several rules refuse, one exception holds every
 * reason ({@link #each()}).
 */
public final class OperationalPlanException extends UserFacingException {

    private final String field;

    private OperationalPlanException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    private OperationalPlanException(List<OperationalPlanException> each) {
        super(each);
        this.field = null;
    }

    /** The form field the refusal is about, null for the whole plan. */
    public String field() {
        return field;
    }

    /** Throws every refusal at once; nothing when the list is empty. */
    static void refuseAll(List<OperationalPlanException> refusals) {
        if (refusals.size() == 1) {
            throw refusals.get(0);
        }
        if (!refusals.isEmpty()) {
            throw new OperationalPlanException(refusals);
        }
    }

    static OperationalPlanException yearOutsidePlan(int year, int first, int last) {
        return new OperationalPlanException("year", "operationalplan.error.year", String.valueOf(year),
                String.valueOf(first), String.valueOf(last));
    }

    static OperationalPlanException alreadyDrafted(int year) {
        return new OperationalPlanException(null, "operationalplan.error.already-drafted", String.valueOf(year));
    }

    static OperationalPlanException approved(int year) {
        return new OperationalPlanException(null, "operationalplan.error.approved", String.valueOf(year));
    }

    static OperationalPlanException notApproved(int year) {
        return new OperationalPlanException(null, "operationalplan.error.not-approved", String.valueOf(year));
    }

    static OperationalPlanException undecided(int count, String codes) {
        return new OperationalPlanException(null, "operationalplan.error.undecided", count, codes);
    }

    static OperationalPlanException decisionRequired() {
        return new OperationalPlanException("decision", "operationalplan.error.decision-required");
    }

    static OperationalPlanException decisionNotForKind() {
        return new OperationalPlanException("decision", "operationalplan.error.decision-kind");
    }

    static OperationalPlanException reasonRequired(LineDecision decision) {
        return new OperationalPlanException("reason", "operationalplan.error.reason-required." + decision.name()
                .toLowerCase(java.util.Locale.ROOT));
    }

    static OperationalPlanException reopenReasonRequired() {
        return new OperationalPlanException("reason", "operationalplan.error.reopen-reason-required");
    }

    static OperationalPlanException newEndDateRequired() {
        return new OperationalPlanException("newEndDate", "operationalplan.error.new-end-date-required");
    }

    static OperationalPlanException newEndDateOutside(String from, String to) {
        return new OperationalPlanException("newEndDate", "operationalplan.error.new-end-date-outside", from, to);
    }

    static OperationalPlanException budgetRequired() {
        return new OperationalPlanException("budget", "operationalplan.error.budget-required");
    }

    static OperationalPlanException budgetNegative() {
        return new OperationalPlanException("budget", "operationalplan.error.budget-negative");
    }

    static OperationalPlanException changedMeanwhile() {
        return new OperationalPlanException(null, "operationalplan.error.changed-meanwhile");
    }

    static OperationalPlanException noLine(long lineId) {
        return new OperationalPlanException(null, "operationalplan.error.no-line", String.valueOf(lineId));
    }
}
