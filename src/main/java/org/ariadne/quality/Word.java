package org.ariadne.quality;

/**
 * A finding's argument that is itself a word from the message bundles (a risk's level, "critical"), put into the
 * user's language where the finding is worded ({@code quality.web.FindingTexts}); the rules stay plain Java.
 */
public record Word(String messageKey) {
}
