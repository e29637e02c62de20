package org.ariadne.publication;

import org.ariadne.common.UserFacingException;

/** A publication step refused, with the message key (and values) the coordinator reads in their language. */
public final class PublicationException extends UserFacingException {

    private PublicationException(String key, Object... args) {
        super(key, args);
    }

    static PublicationException notAllowed(PublicationKind kind) {
        return new PublicationException(kind == PublicationKind.PLAN ? "publication.error.plan-not-adopted"
                : "publication.error.plan-draft");
    }

    /** What would be published is no longer what was previewed: someone changed the data in between. */
    static PublicationException unacceptedNotConfirmed() {
        return new PublicationException("publication.error.unaccepted-not-confirmed");
    }

    static PublicationException stale() {
        return new PublicationException("publication.error.stale");
    }

    /** Someone else published or withdrew the same thing at the same moment. */
    static PublicationException concurrent() {
        return new PublicationException("publication.error.concurrent");
    }

    static PublicationException notOnPortal() {
        return new PublicationException("publication.error.not-on-portal");
    }

    static PublicationException reasonRequired() {
        return new PublicationException("publication.error.reason-required");
    }

    static PublicationException yearOutsidePlan(int year) {
        return new PublicationException("publication.error.year-outside-plan", String.valueOf(year));
    }

    /**
     * The document was made under an older disclosure rule than today's: its counts, beside what members read today,
     * can give hidden counts back. It is made again, then published.
     */
    static PublicationException madeUnderOlderRule() {
        return new PublicationException("publication.error.older-disclosure-rule");
    }

    static PublicationException noFile() {
        return new PublicationException("publication.error.no-file");
    }
}
