package org.ariadne.plan.web;

import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.MatrixFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filter form of the monitoring matrix as it arrives in the address: {@code status} is a status name or
 * {@link #NOT_REPORTED} for activities without any status yet; {@code rating} is the latest half-year rating, 1 to 3,
 * or {@link #NOT_RATED} (for those who may read ratings).
 */
record MatrixQuery(String area, Long institution, String status, String text, String rating, String responsible) {

    MatrixQuery(String area, Long institution, String status, String text, String rating) {
        this(area, institution, status, text, rating, null);
    }

    static final String NOT_REPORTED = "NOT_REPORTED";
    static final String NOT_RATED = "NOT_RATED";

    /** Whether an activity with this latest rating (null: never rated) passes the rating filter. */
    boolean passesRating(Integer latest) {
        if (rating == null || rating.isBlank()) {
            return true;
        }
        if (NOT_RATED.equals(rating)) {
            return latest == null;
        }
        return latest != null && rating.equals(String.valueOf(latest));
    }

    static MatrixQuery none() {
        return new MatrixQuery(null, null, null, null, null);
    }

    boolean filtersRating() {
        return rating != null && (NOT_RATED.equals(rating) || rating.matches("[123]"));
    }

    MatrixFilter filter() {
        return new MatrixFilter(area == null || area.isBlank() ? null : area, institution, activityStatus(), NOT_REPORTED.equals(status),
                text == null || text.isBlank() ? null : text.strip(),
                responsible == null || responsible.isBlank() ? null : responsible.strip());
    }

    public boolean isEmpty() {
        return filter().isEmpty() && !filtersRating();
    }

    /** The same filter for the download links, so that a download holds what the page shows. */
    public String asQuery() {
        var query = UriComponentsBuilder.newInstance();
        if (area != null && !area.isBlank()) {
            query.queryParam("area", area);
        }
        if (institution != null) {
            query.queryParam("institution", institution);
        }
        if (status != null && !status.isBlank()) {
            query.queryParam("status", status);
        }
        if (text != null && !text.isBlank()) {
            query.queryParam("text", text.strip());
        }
        if (filtersRating()) {
            query.queryParam("rating", rating);
        }
        if (responsible != null && !responsible.isBlank()) {
            query.queryParam("responsible", responsible.strip());
        }
        return query.encode().build().toUriString();
    }

    /** A status name that is not one of ours (an old bookmark) filters nothing rather than failing. */
    private ActivityStatus activityStatus() {
        for (var candidate : ActivityStatus.values()) {
            if (candidate.name().equals(status)) {
                return candidate;
            }
        }
        return null;
    }
}
