package org.ariadne.publication;

import java.util.List;

import org.ariadne.plan.PlanHeader;

/**
 * The publication page of a plan: what is on the portal now, what can be published, and the history.
 *
 * @param planChanged      whether the plan differs from its publication on the portal; null when it is not published
 *                         (or can no longer be)
 * @param figureYears      the plan's years whose figures can be published (those begun), newest first
 * @param documents        the finished documents that can be published; null when no module offers documents
 */
public record PublicationOverview(PlanHeader plan, List<PublicationView> onPortal, List<PublicationView> history,
        boolean planPublishable, boolean figuresPublishable, Boolean planChanged, List<Integer> figureYears,
        List<DocumentChoice> documents) {

    /** A finished document, with the publication of the same kind, year and language that publishing it replaces. */
    public record DocumentChoice(PublishableDocument document, PublicationView onPortal) {
    }

    /**
     * What is on the portal with counts protected under an older disclosure rule than today's, to publish again
     * ({@link PublicationView#publishAgainUnderTodaysRule()}).
     */
    public List<PublicationView> publishAgain() {
        return onPortal.stream().filter(PublicationView::publishAgainUnderTodaysRule).toList();
    }

    /** The figures of the year on the portal, or null. */
    public PublicationView figuresOnPortal(int year) {
        return onPortal.stream().filter(p -> p.kind() == PublicationKind.FIGURES && Integer.valueOf(year).equals(p.year()))
                .findFirst().orElse(null);
    }
}
