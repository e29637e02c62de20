package org.ariadne.publication;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;

import org.ariadne.common.disclosure.DisclosureControl;

/**
 * A finished document that the coordinator may publish, as {@link PublishableDocuments} offers it.
 *
 * @param id         the document's id in the module that generated it
 * @param planId     the plan the document reports on
 * @param title      the title the portal lists it under
 * @param kind       a stable code of the kind of document ("annual-report", "quarterly-summary"): a newer
 *                   publication of the same kind, year, quarter and language supersedes the older one
 * @param kindLabel  the kind in words, as the portal shows it ("Annual implementation report")
 * @param year       the year the document is about
 * @param quarter    1-4 for a quarterly document, null otherwise
 * @param language   the language the document is written in
 * @param finishedAt when the document was generated
 * @param includesUnaccepted whether its figures also count reports submitted and not yet accepted: publishing it
 *                   makes unaccepted data public, which the coordinator must confirm and the portal must say
 * @param disclosureRule the version of the disclosure rule ({@link DisclosureControl#RULE}) its counts of victims
 *                   were protected under: one made under an older version is not published, it is made again first
 */
public record PublishableDocument(long id, long planId, String title, String kind, String kindLabel, int year,
        Integer quarter, Locale language, LocalDateTime finishedAt, boolean includesUnaccepted, int disclosureRule) {

    /** A document made now, under today's disclosure rule. */
    public PublishableDocument(long id, long planId, String title, String kind, String kindLabel, int year,
            Integer quarter, Locale language, LocalDateTime finishedAt, boolean includesUnaccepted) {
        this(id, planId, title, kind, kindLabel, year, quarter, language, finishedAt, includesUnaccepted,
                DisclosureControl.RULE);
    }

    /** A document made now that counts accepted reports only. */
    public PublishableDocument(long id, long planId, String title, String kind, String kindLabel, int year,
            Integer quarter, Locale language, LocalDateTime finishedAt) {
        this(id, planId, title, kind, kindLabel, year, quarter, language, finishedAt, false);
    }

    public PublishableDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(kindLabel, "kindLabel");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(finishedAt, "finishedAt");
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    /** Whether it was made under an older disclosure rule than today's, and so must be made again to be published. */
    public boolean madeUnderOlderRule() {
        return disclosureRule < DisclosureControl.RULE;
    }
}
