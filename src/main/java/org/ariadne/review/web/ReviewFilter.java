package org.ariadne.review.web;

import java.util.Objects;

import org.ariadne.plan.ActivityView;
import org.ariadne.review.RatingView;

/**
 * What the review screen shows of a large plan: one strategic objective, one specific objective (a section), the
 * activities an institution leads or
 * supports, those an office account is responsible for, those not rated yet or rated 2 or 3, and those that changed since the previous half-year. Read leniently from the address: a value that cannot be read
 * filters nothing (an old bookmark shows more, never an error).
 */
record ReviewFilter(Long objective, Long specific, Long institution, String show, String responsible) {

    ReviewFilter(Long objective, Long specific, Long institution, String show) {
        this(objective, specific, institution, show, null);
    }

    static final String NOT_RATED = "not-rated";
    static final String DIFFICULT = "rated-2-3";
    /** Activities whose reported status, values or rating changed since the previous half-year (the screen checks). */
    static final String CHANGED = "changed";

    static ReviewFilter none() {
        return new ReviewFilter(null, null, null, null);
    }

    static ReviewFilter of(String objective, String specific, String institution, String show) {
        return of(objective, specific, institution, show, null);
    }

    /** With {@code responsible}, the sign-in name of the office account responsible for the activities shown. */
    static ReviewFilter of(String objective, String specific, String institution, String show, String responsible) {
        return new ReviewFilter(number(objective), number(specific), number(institution),
                NOT_RATED.equals(show) || DIFFICULT.equals(show) || CHANGED.equals(show) ? show : null,
                responsible == null || !responsible.strip().matches("[A-Za-z0-9._@-]{1,100}") ? null : responsible.strip());
    }

    boolean keeps(ActivityView activity, RatingView rating) {
        if (responsible != null && !responsible.equals(activity.responsibleUsername())) {
            return false;
        }
        if (institution != null && !Objects.equals(activity.leadInstitutionId(), institution)
                && !activity.supportingInstitutionIds().contains(institution)) {
            return false;
        }
        if (NOT_RATED.equals(show)) {
            return rating == null;
        }
        if (DIFFICULT.equals(show)) {
            return rating != null && rating.rating().number() > 1;
        }
        return true;
    }

    /** Only what changed since the previous half-year: the screen compares, the filter cannot. */
    boolean changedOnly() {
        return CHANGED.equals(show);
    }

    boolean keepsObjective(long strategicObjectiveId) {
        return objective == null || objective == strategicObjectiveId;
    }

    boolean keepsSpecific(long specificObjectiveId) {
        return specific == null || specific == specificObjectiveId;
    }

    /** Filters other than the objective: those narrow every section. */
    public boolean narrows() {
        return institution != null || show != null || responsible != null;
    }

    public boolean isEmpty() {
        return objective == null && specific == null && !narrows();
    }

    /** The filters as address parameters ("&objective=3&show=not-rated"), for links and redirects. */
    public String asQuery() {
        return withSection(specific);
    }

    /** The same filters for one specific objective's section. */
    public String withSection(Long specificId) {
        var query = new StringBuilder();
        if (objective != null) {
            query.append("&objective=").append(objective);
        }
        if (specificId != null) {
            query.append("&specific=").append(specificId);
        }
        if (institution != null) {
            query.append("&institution=").append(institution);
        }
        if (show != null) {
            query.append("&show=").append(show);
        }
        if (responsible != null) {
            query.append("&responsible=").append(responsible);
        }
        return query.toString();
    }

    private static Long number(String text) {
        if (text == null || !text.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(text.strip());
    }
}
