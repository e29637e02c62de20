package org.ariadne.documents;

import java.time.LocalDateTime;
import java.util.Locale;

import org.ariadne.common.disclosure.DisclosureControl;

/**
 * A generated report as its page lists it: what it is, where its generation stands ({@code progress} 0-100 and the
 * {@code step} it is at, as a message key), and, once finished, the size of its files. A report of a plan too large
 * to read as one document has an annex with the detail per activity and indicator ({@code annex}, null for the
 * others), offered once it is made, after the report.
 */
public record GeneratedDocument(long id, long planId, DocumentKind kind, int year, Integer quarter, Locale language,
        boolean includeSubmitted, String title, DocumentStatus status, int progress, String step, String failure,
        String requestedBy, LocalDateTime requestedAt, LocalDateTime finishedAt, Long pdfSize, Long docxSize,
        DocumentStatus annex, Long annexPdfSize, Long annexDocxSize, int disclosureRule) {

    /** What was asked for. */
    public DocumentRequest request() {
        return new DocumentRequest(kind, year, quarter, language, includeSubmitted);
    }

    public boolean finished() {
        return status == DocumentStatus.FINISHED;
    }

    /**
     * Whether the finished document was made under an older disclosure rule than today's: its counts of victims, read
     * beside what members read today, can give hidden counts back, so it must be made again before it is shared or
     * published.
     */
    public boolean madeUnderOlderRule() {
        return finished() && disclosureRule < DisclosureControl.RULE;
    }

    /** Whether the report has an annex (made, being made or failed). */
    public boolean hasAnnex() {
        return annex != null;
    }

    /** Whether the annex's files are there to download. */
    public boolean annexFinished() {
        return finished() && annex == DocumentStatus.FINISHED;
    }

    /** Whether anything of the document is still being made: the report, or the annex after it. */
    public boolean working() {
        return !status.done() || (finished() && annex == DocumentStatus.RUNNING);
    }

    /**
     * A name for the files: "annual-report-2024-en", "quarterly-summary-2024-q3-sq", "annual-report-2024-sr-Cyrl"
     * (the script where the language has two, so both Serbian reports of a year can sit side by side).
     */
    public String fileStem() {
        return request().fileStem();
    }

    /** The annex's files: "annual-report-2024-en-annex". */
    public String annexFileStem() {
        return request().annexFileStem();
    }
}
