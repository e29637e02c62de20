package org.ariadne.documents;

import java.util.Locale;

/**
 * What the M&amp;E officer asks for: a kind of report for a year (and a quarter for a quarterly summary), in a
 * language, counting accepted reports only or also those submitted and not yet accepted. The annual report and the
 * report to the government cover the calendar year and have no quarter.
 */
public record DocumentRequest(DocumentKind kind, int year, Integer quarter, Locale language, boolean includeSubmitted) {

    public DocumentRequest {
        if (kind == null) {
            throw DocumentException.of("documents.error.kind", "");
        }
        if (language == null) {
            throw DocumentException.of("documents.error.language", "");
        }
        if (kind.quarterly() && (quarter == null || quarter < 1 || quarter > 4)) {
            throw DocumentException.of("documents.error.quarter");
        }
        if (!kind.quarterly()) {
            quarter = null;
        }
    }

    /** The name of its files, without extension: see {@link GeneratedDocument#fileStem()}. */
    public String fileStem() {
        return kind.code() + "-" + year + (quarter == null ? "" : "-q" + quarter) + "-" + language.getLanguage()
                + (language.getScript().isEmpty() ? "" : "-" + language.getScript());
    }

    /** The name of its annex's files, the report's with "-annex". */
    public String annexFileStem() {
        return fileStem() + "-annex";
    }

    public static DocumentRequest annual(int year, Locale language) {
        return new DocumentRequest(DocumentKind.ANNUAL_REPORT, year, null, language, false);
    }

    public static DocumentRequest government(int year, Locale language) {
        return new DocumentRequest(DocumentKind.GOVERNMENT_REPORT, year, null, language, false);
    }

    public static DocumentRequest quarterly(int year, int quarter, Locale language) {
        return new DocumentRequest(DocumentKind.QUARTERLY_SUMMARY, year, quarter, language, false);
    }
}
