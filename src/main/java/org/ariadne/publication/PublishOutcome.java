package org.ariadne.publication;

/**
 * What pressing "Publish" did.
 *
 * @param publicationId the publication on the portal now
 * @param published     false when exactly this was on the portal already, so nothing was published again
 */
public record PublishOutcome(long publicationId, boolean published) {
}
