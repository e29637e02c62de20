package org.ariadne.publication;

/**
 * A preview: the portal page exactly as it will be once the subject is published, and the fingerprint of what is
 * previewed, which the publish step must send back.
 *
 * @param replaces  the publication of the same subject that publishing would supersede, or null
 * @param unchanged whether what is previewed is exactly what is on the portal already
 */
public record Preview(PortalPage page, PublicationSubject subject, String title, String fingerprint,
        PublicationView replaces, boolean unchanged) {
}
