package org.ariadne.reporting;

import java.util.Locale;

/**
 * Where a progress report is in its workflow: draft → submitted → returned (with comments) → submitted again →
 * accepted (locked). An accepted report is reopened by the M&E officer, with a reason, for a correction.
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED, REOPENED;

    /** The institution may change what the report says. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED || this == REOPENED;
    }

    public boolean isSubmitted() {
        return this == SUBMITTED || this == ACCEPTED;
    }

    public String messageKey() {
        return "reporting.status." + name().toLowerCase(Locale.ROOT);
    }
}
