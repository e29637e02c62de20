package org.ariadne.publication;

import java.util.Objects;

/**
 * What is to be published: the plan, a year's figures, or a document. {@code year} is set for figures only and
 * {@code documentId} for reports only; anything else is refused, so a request cannot mix them.
 */
public record PublicationSubject(PublicationKind kind, Integer year, Long documentId) {

    public PublicationSubject {
        Objects.requireNonNull(kind, "kind");
        if ((kind == PublicationKind.FIGURES) != (year != null)) {
            throw new IllegalArgumentException("a year belongs to figures, and figures need one");
        }
        if ((kind == PublicationKind.REPORT) != (documentId != null)) {
            throw new IllegalArgumentException("a document belongs to a report, and a report needs one");
        }
    }

    public static PublicationSubject plan() {
        return new PublicationSubject(PublicationKind.PLAN, null, null);
    }

    public static PublicationSubject figures(int year) {
        return new PublicationSubject(PublicationKind.FIGURES, year, null);
    }

    public static PublicationSubject report(long documentId) {
        return new PublicationSubject(PublicationKind.REPORT, null, documentId);
    }
}
