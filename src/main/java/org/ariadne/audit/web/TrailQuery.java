package org.ariadne.audit.web;

import java.time.LocalDate;

import org.ariadne.audit.AuditAction;
import org.ariadne.audit.AuditHistory.AuditFilter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The trail page's filter form, as sent in the address (GET), so that a filtered trail can be bookmarked, shared
 * and linked to from the plan pages ({@code /audit?planId=7}).
 */
public record TrailQuery(Long planId, String type, String actor, AuditAction action,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        Integer offset) {

    public TrailQuery {
        type = blankToNull(type);
        actor = blankToNull(actor);
        offset = offset == null || offset < 0 ? 0 : offset;
    }

    static TrailQuery none() {
        return new TrailQuery(null, null, null, null, null, null, 0);
    }

    AuditFilter filter() {
        return new AuditFilter(planId, type, actor, action, from, to);
    }

    TrailQuery atOffset(int newOffset) {
        return new TrailQuery(planId, type, actor, action, from, to, newOffset);
    }

    public boolean isFiltered() {
        return planId != null || type != null || actor != null || action != null || from != null || to != null;
    }

    /** The address of this query on {@code path}, leaving out empty fields and a zero offset. */
    String href(String path) {
        var uri = UriComponentsBuilder.fromPath(path);
        add(uri, "planId", planId);
        add(uri, "type", type);
        add(uri, "actor", actor);
        add(uri, "action", action);
        add(uri, "from", from);
        add(uri, "to", to);
        if (offset > 0) {
            uri.queryParam("offset", offset);
        }
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
