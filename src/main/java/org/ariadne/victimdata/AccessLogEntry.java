package org.ariadne.victimdata;

import java.time.LocalDateTime;

/** One line of the register's access log: who read, recorded, linked or exported which case, and when. */
public record AccessLogEntry(LocalDateTime at, String username, Action action, Long caseId, String caseReference,
        String detail) {

    // the detail is stored in these language-neutral forms and worded when shown, in the reader's language
    static final String EXPORTED = "cases:";
    static final String SAME = "same:";
    static final String OTHER = "other:";
    static final String RELINKED = "relinked";
    static final String IMPORTED = "imported";

    /** The message key that words {@link #detail()}, or null when there is nothing to say. */
    public String detailKey() {
        if (detail == null || detail.isBlank()) {
            return null;
        }
        if (detail.startsWith(EXPORTED)) {
            return detail.indexOf(':', EXPORTED.length()) > 0 ? "victimdata.log.detail.exported-year"
                    : "victimdata.log.detail.exported";
        }
        if (detail.startsWith(SAME)) {
            return "victimdata.log.detail.same";
        }
        if (detail.startsWith(OTHER)) {
            return "victimdata.log.detail.other";
        }
        if (IMPORTED.equals(detail)) {
            return "victimdata.log.detail.imported";
        }
        return RELINKED.equals(detail) ? "victimdata.log.detail.relinked" : "victimdata.log.detail.text";
    }

    /** The arguments of {@link #detailKey()}: the number of cases and the year, or the other case's reference. */
    public Object[] detailArguments() {
        if (detail == null) {
            return new Object[0];
        }
        if (detail.startsWith(EXPORTED)) {
            var parts = detail.substring(EXPORTED.length()).split(":");
            return parts.length > 1 ? new Object[] {Long.parseLong(parts[0]), parts[1]}
                    : new Object[] {Long.parseLong(parts[0])};
        }
        if (detail.startsWith(SAME) || detail.startsWith(OTHER)) {
            return new Object[] {detail.substring(detail.indexOf(':') + 1)};
        }
        return new Object[] {detail};
    }

    public enum Action {
        READ, CREATE, UPDATE, LINK, EXPORT, ANONYMISE
    }
}
