package org.ariadne.publication;

/**
 * A preview: the portal page exactly as it will be once the subject is published, and the fingerprint of what is
 * previewed, which the publish step must send back.
 *
 * @param replaces  the publication of the same subject that publishing would supersede, or null
 * @param unchanged whether what is previewed is exactly what is on the portal already
 * @param unacceptedData whether publishing makes figures from reports not yet accepted public (a report generated
 *                       with submitted reports counted): the preview warns, and publishing needs a confirmation
 * @param madeUnderOlderRule whether it is a document made under an older disclosure rule than today's: the preview
 *                       says to make it again, and publishing it is refused
 */
public record Preview(PortalPage page, PublicationSubject subject, String title, String fingerprint,
        PublicationView replaces, boolean unchanged, boolean unacceptedData, boolean madeUnderOlderRule) {
}
