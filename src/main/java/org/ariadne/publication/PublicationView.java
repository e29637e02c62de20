package org.ariadne.publication;

import java.time.LocalDateTime;

import org.ariadne.common.disclosure.DisclosureControl;

/**
 * A publication as the coordinator's office lists it: what, when and by whom (a user name), and how it ended.
 *
 * @param subject   what a newer publication of the same subject supersedes
 * @param publisher the institution named as publisher on the portal; null for the coordinator's office
 * @param disclosureRule the version of the disclosure rule ({@link DisclosureControl#RULE}) its counts were
 *                  protected under
 */
public record PublicationView(long id, long planId, PublicationKind kind, String subject, String title, Integer year,
        PublicationStatus status, String fingerprint, String publisher, LocalDateTime publishedAt, String publishedBy,
        Long supersededBy, LocalDateTime endedAt, String endedBy, String withdrawalReason, int disclosureRule) {

    public boolean onPortal() {
        return status == PublicationStatus.PUBLISHED;
    }

    /**
     * Whether it is still on the portal with counts protected under an older disclosure rule than today's: beside
     * what members read today they can give hidden counts back, so the office publishes it again (a report: made
     * again first). The adopted plan has no counts of persons to protect.
     */
    public boolean publishAgainUnderTodaysRule() {
        return onPortal() && kind.countsPersons() && disclosureRule < DisclosureControl.RULE;
    }
}
