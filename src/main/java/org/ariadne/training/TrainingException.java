package org.ariadne.training;

import java.util.List;

import org.ariadne.common.UserFacingException;

/** A refused change in capacity building, with the message key the user reads and the form field it is about. */
public final class TrainingException extends UserFacingException {

    private final String field;

    private TrainingException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    private TrainingException(List<TrainingException> each) {
        super(each);
        this.field = null;
    }

    /** The form field the refusal is about, or null for the whole form. */
    public String field() {
        return field;
    }

    static TrainingException all(List<TrainingException> each) {
        return each.size() == 1 ? each.get(0) : new TrainingException(each);
    }

    static TrainingException unknownInstitution(String field) {
        return new TrainingException(field, "training.refused.institution");
    }

    static TrainingException otherInstitution(String field) {
        return new TrainingException(field, "training.refused.own-institution");
    }

    static TrainingException unknownTrainer() {
        return new TrainingException("trainerIds", "training.refused.trainer");
    }

    static TrainingException endBeforeStart() {
        return new TrainingException("endsOn", "training.refused.end-before-start");
    }

    static TrainingException startInFuture() {
        return new TrainingException("startsOn", "training.refused.start-future");
    }

    static TrainingException noInstitutions() {
        return new TrainingException("institutionIds", "training.refused.no-institutions");
    }

    static TrainingException expiryBeforeIssue(int line) {
        return new TrainingException("certifications", "training.refused.expiry-before-issue", line);
    }

    static TrainingException incompleteCertification(int line) {
        return new TrainingException("certifications", "training.refused.certification-incomplete", line);
    }

    static TrainingException incompleteCount(int line) {
        return new TrainingException("counts", "training.refused.count-incomplete", line);
    }

    static TrainingException costWithoutCurrency() {
        return new TrainingException("currency", "training.refused.currency");
    }

    static TrainingException unknownPlanned() {
        return new TrainingException("plannedId", "training.refused.planned");
    }

    static TrainingException unknownIndicator() {
        return new TrainingException("indicatorId", "training.refused.indicator");
    }

    static TrainingException indicatorLinkedAlready() {
        return new TrainingException("indicatorId", "training.refused.indicator-linked");
    }

    static TrainingException listHasProblems(long count) {
        return new TrainingException("participants", "training.refused.list-problems", count);
    }

    static TrainingException notAList() {
        return new TrainingException(null, "training.refused.not-a-list");
    }
}
