package org.ariadne.recommendations;

import java.util.List;

import org.ariadne.common.UserFacingException;

/** A refused change to the tracker, with the message key the user reads and the form field it is about. */
public final class RecommendationException extends UserFacingException {

    private final String field;

    private RecommendationException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    private RecommendationException(List<RecommendationException> each) {
        super(each);
        this.field = null;
    }

    /** The form field the refusal is about, or null for the whole form. */
    public String field() {
        return field;
    }

    static RecommendationException all(List<RecommendationException> each) {
        return each.size() == 1 ? each.get(0) : new RecommendationException(each);
    }

    static RecommendationException textMissing() {
        return new RecommendationException("textEn", "recommendations.refused.text");
    }

    static RecommendationException languageCode() {
        return new RecommendationException("otherLanguage", "recommendations.refused.language-code");
    }

    static RecommendationException languageTwice() {
        return new RecommendationException("otherLanguage", "recommendations.refused.language-twice");
    }

    static RecommendationException languageMissing() {
        return new RecommendationException("otherLanguage", "recommendations.refused.language-missing");
    }

    static RecommendationException reasonMissing() {
        return new RecommendationException("statusReason", "recommendations.refused.status-reason");
    }

    static RecommendationException unknownInstitution() {
        return new RecommendationException("institutionIds", "recommendations.refused.institution");
    }

    static RecommendationException unknownPlan() {
        return new RecommendationException("planId", "recommendations.refused.plan");
    }

    static RecommendationException unknownActivity() {
        return new RecommendationException("activityId", "recommendations.refused.activity");
    }

    static RecommendationException proposalTitle() {
        return new RecommendationException("title", "recommendations.refused.proposal-title");
    }

    static RecommendationException proposalYear(int from, int to) {
        return new RecommendationException("year", "recommendations.refused.proposal-year", from, to);
    }

    static RecommendationException followUpYear() {
        return new RecommendationException("year", "recommendations.refused.follow-up-year");
    }

    static RecommendationException measuresMissing() {
        return new RecommendationException("measures", "recommendations.refused.measures");
    }

    static RecommendationException notAddressedToYou() {
        return new RecommendationException(null, "recommendations.refused.not-yours");
    }

    static RecommendationException fileType() {
        return new RecommendationException("file", "recommendations.refused.file-type");
    }

    static RecommendationException fileTooLarge(long megabytes) {
        return new RecommendationException("file", "recommendations.refused.file-size", megabytes);
    }

    static RecommendationException linkNotWeb() {
        return new RecommendationException("links", "recommendations.refused.links");
    }

    static RecommendationException rejectionReason() {
        return new RecommendationException("reason", "recommendations.refused.rejection-reason");
    }

    static RecommendationException actionMissing() {
        return new RecommendationException("action", "recommendations.refused.action");
    }

    static RecommendationException closingNote() {
        return new RecommendationException("closingNote", "recommendations.refused.closing-note");
    }

    static RecommendationException ownerUnknown() {
        return new RecommendationException("ownerId", "recommendations.refused.owner");
    }

    static RecommendationException sourceUnknown() {
        return new RecommendationException("sourceId", "recommendations.refused.source");
    }

    static RecommendationException noResponse() {
        return new RecommendationException(null, "recommendations.refused.no-response");
    }

    static RecommendationException file(String key, Object... args) {
        return new RecommendationException("file", key, args);
    }

    static RecommendationException newSource(String field, String key) {
        return new RecommendationException(field, key);
    }
}
