package org.ariadne.documents;

import java.util.Locale;

/** What kind of report is generated. The code is what a publication of the document is known by. */
public enum DocumentKind {
    /** The year's annual implementation report. */
    ANNUAL_REPORT("annual-report"),
    /** A quarter's summary in the same structure, without the half-year review. */
    QUARTERLY_SUMMARY("quarterly-summary"),
    /**
     * The yearly report to the government on the country's obligations (the National Rapporteur's report): the
     * plan's progress and the parts other modules write ({@link GovernmentReportPart}).
     */
    GOVERNMENT_REPORT("government-report");

    private final String code;

    DocumentKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether it covers a quarter (and so needs one) rather than a calendar year. */
    public boolean quarterly() {
        return this == QUARTERLY_SUMMARY;
    }

    public String messageKey() {
        return "documents.kind." + code;
    }

    public static DocumentKind parse(String text) {
        for (var kind : values()) {
            if (kind.code.equalsIgnoreCase(text) || kind.name().equalsIgnoreCase(text)) {
                return kind;
            }
        }
        throw DocumentException.of("documents.error.kind", text == null ? "" : text.toLowerCase(Locale.ROOT));
    }
}
