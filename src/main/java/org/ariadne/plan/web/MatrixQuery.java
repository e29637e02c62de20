package org.ariadne.plan.web;

import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.MatrixFilter;
import org.ariadne.plan.ThematicArea;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filter form of the monitoring matrix as it arrives in the address: {@code status} is a status name or
 * {@link #NOT_REPORTED} for activities without any status yet.
 */
record MatrixQuery(ThematicArea area, Long institution, String status, String text) {

    static final String NOT_REPORTED = "NOT_REPORTED";

    MatrixFilter filter() {
        return new MatrixFilter(area, institution, activityStatus(), NOT_REPORTED.equals(status),
                text == null || text.isBlank() ? null : text.strip());
    }

    public boolean isEmpty() {
        return filter().isEmpty();
    }

    /** The same filter for the download links, so that a download holds what the page shows. */
    public String asQuery() {
        var query = UriComponentsBuilder.newInstance();
        if (area != null) {
            query.queryParam("area", area.name());
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
