package org.ariadne.publication;

import java.time.LocalDateTime;

/**
 * A publication as the coordinator's office lists it: what, when and by whom (a user name), and how it ended.
 *
 * @param subject   what a newer publication of the same subject supersedes
 * @param publisher the institution named as publisher on the portal; null for the coordinator's office
 */
public record PublicationView(long id, long planId, PublicationKind kind, String subject, String title, Integer year,
        PublicationStatus status, String fingerprint, String publisher, LocalDateTime publishedAt, String publishedBy,
        Long supersededBy, LocalDateTime endedAt, String endedBy, String withdrawalReason) {

    public boolean onPortal() {
        return status == PublicationStatus.PUBLISHED;
    }
}
