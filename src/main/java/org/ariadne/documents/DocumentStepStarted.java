package org.ariadne.documents;

/**
 * A step of a document's generation has started on this node ({@code step} is its message key, as on the document's
 * page). Published as it happens, on the generating thread, for whoever follows the work (monitoring, tests).
 */
public record DocumentStepStarted(long documentId, String step) {
}
