package org.ariadne.publication;

import java.util.Locale;

/** A publication is on the portal until a newer one of the same subject supersedes it or it is withdrawn. */
public enum PublicationStatus {
    PUBLISHED, SUPERSEDED, WITHDRAWN;

    public String messageKey() {
        return "publication.status." + name().toLowerCase(Locale.ROOT);
    }
}
