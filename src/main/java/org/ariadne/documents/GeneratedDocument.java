package org.ariadne.documents;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A generated report as its page lists it: what it is, where its generation stands ({@code progress} 0-100 and the
 * {@code step} it is at, as a message key), and, once finished, the size of its files.
 */
public record GeneratedDocument(long id, long planId, DocumentKind kind, int year, Integer quarter, Locale language,
        boolean includeSubmitted, String title, DocumentStatus status, int progress, String step, String failure,
        String requestedBy, LocalDateTime requestedAt, LocalDateTime finishedAt, Long pdfSize, Long docxSize) {

    /** What was asked for. */
    public DocumentRequest request() {
        return new DocumentRequest(kind, year, quarter, language, includeSubmitted);
    }

    public boolean finished() {
        return status == DocumentStatus.FINISHED;
    }

    /**
     * A name for the files: "annual-report-2024-en", "quarterly-summary-2024-q3-sq", "annual-report-2024-sr-Cyrl"
     * (the script where the language has two, so both Serbian reports of a year can sit side by side).
     */
    public String fileStem() {
        return kind.code() + "-" + year + (quarter == null ? "" : "-q" + quarter) + "-" + language.getLanguage()
                + (language.getScript().isEmpty() ? "" : "-" + language.getScript());
    }
}
