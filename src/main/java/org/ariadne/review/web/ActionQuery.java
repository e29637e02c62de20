package org.ariadne.review.web;

import java.util.Arrays;

import org.ariadne.review.ActionFilter;
import org.ariadne.review.ActionStatus;
import org.ariadne.review.HalfYear;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The register's filters as the address carries them ({@code ?status=OPEN&owner=12&overdue=true&half=2026-H1}). A
 * value that cannot be read (an old bookmark) filters nothing rather than failing.
 */
record ActionQuery(String status, Long owner, Boolean overdue, String half) {

    static ActionQuery none() {
        return new ActionQuery(null, null, null, null);
    }

    ActionFilter filter() {
        return new ActionFilter(statusValue(), owner, Boolean.TRUE.equals(overdue), HalfYear.parse(half).orElse(null), null);
    }

    public ActionStatus statusValue() {
        return Arrays.stream(ActionStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
    }

    public boolean isEmpty() {
        return statusValue() == null && owner == null && !Boolean.TRUE.equals(overdue) && HalfYear.parse(half).isEmpty();
    }

    /** The filters as a query string without the "?" (empty when none is set), for links and the way back. */
    public String asQuery() {
        var builder = UriComponentsBuilder.newInstance();
        if (statusValue() != null) {
            builder.queryParam("status", statusValue().name());
        }
        if (owner != null) {
            builder.queryParam("owner", owner);
        }
        if (Boolean.TRUE.equals(overdue)) {
            builder.queryParam("overdue", "true");
        }
        HalfYear.parse(half).ifPresent(h -> builder.queryParam("half", h.label()));
        var query = builder.build().getQuery();
        return query == null ? "" : query;
    }

    /** "?status=OPEN…" to append to a path, or nothing. */
    public String suffix() {
        var query = asQuery();
        return query.isEmpty() ? "" : "?" + query;
    }
}
