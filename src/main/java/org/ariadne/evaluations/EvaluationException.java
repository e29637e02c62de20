package org.ariadne.evaluations;

import java.util.List;

import org.ariadne.common.UserFacingException;

/** A refused change to an evaluation, with the message key the user reads and the form field it is about. */
public final class EvaluationException extends UserFacingException {

    private final String field;

    private EvaluationException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    private EvaluationException(List<EvaluationException> each) {
        super(each);
        this.field = null;
    }

    /** The form field the refusal is about, or null for the whole form. */
    public String field() {
        return field;
    }

    static EvaluationException all(List<EvaluationException> each) {
        return each.size() == 1 ? each.get(0) : new EvaluationException(each);
    }

    static EvaluationException windowMissing() {
        return new EvaluationException("accessUntil", "evaluations.refused.window-missing");
    }

    static EvaluationException windowReversed() {
        return new EvaluationException("accessUntil", "evaluations.refused.window-reversed");
    }

    static EvaluationException notAnEvaluator() {
        return new EvaluationException("username", "evaluations.refused.not-an-evaluator");
    }

    static EvaluationException alreadyOnTeam(String name) {
        return new EvaluationException("username", "evaluations.refused.already-on-team", name);
    }

    static EvaluationException unknownPart() {
        return new EvaluationException("strategicObjectiveId", "evaluations.refused.part");
    }

    static EvaluationException unknownPlan() {
        return new EvaluationException("planId", "evaluations.refused.plan");
    }

    static EvaluationException periodReversed() {
        return new EvaluationException("periodUntil", "evaluations.refused.period-reversed");
    }

    static EvaluationException datesOutOfOrder() {
        return new EvaluationException("finalReportOn", "evaluations.refused.dates-order");
    }

    static EvaluationException statusStep(EvaluationStatus from, EvaluationStatus to) {
        return new EvaluationException("status", "evaluations.refused.status-step",
                new org.springframework.context.support.DefaultMessageSourceResolvable(from.messageKey()),
                new org.springframework.context.support.DefaultMessageSourceResolvable(
                        to == null ? "evaluations.status.none" : to.messageKey()));
    }

    static EvaluationException onlyFinal() {
        return new EvaluationException("status", "evaluations.refused.only-final");
    }

    static EvaluationException locked() {
        return new EvaluationException(null, "evaluations.refused.locked");
    }

    static EvaluationException unknownEvidence(String reference) {
        return new EvaluationException("evidence", "evaluations.refused.evidence", reference);
    }

    static EvaluationException judgementWithoutRating() {
        return new EvaluationException("rating", "evaluations.refused.rating-missing");
    }

    static EvaluationException referenceTaken(String reference) {
        return new EvaluationException("reference", "evaluations.refused.reference-taken", reference);
    }

    static EvaluationException fileEmpty() {
        return new EvaluationException("file", "evaluations.refused.file-empty");
    }

    static EvaluationException fileTooLarge(long maxBytes) {
        return new EvaluationException("file", "evaluations.refused.file-too-large", maxBytes / (1024 * 1024));
    }

    static EvaluationException fileType() {
        return new EvaluationException("file", "evaluations.refused.file-type");
    }

    static EvaluationException fileMacros() {
        return new EvaluationException("file", "evaluations.refused.file-macros");
    }

    static EvaluationException fileName() {
        return new EvaluationException("file", "evaluations.refused.file-name");
    }
}
