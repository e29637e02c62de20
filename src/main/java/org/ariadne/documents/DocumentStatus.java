package org.ariadne.documents;

/** Where a generation stands: waiting for its turn, running, finished with both files, or failed with a reason. */
public enum DocumentStatus {
    QUEUED, RUNNING, FINISHED, FAILED;

    public boolean done() {
        return this == FINISHED || this == FAILED;
    }

    public String messageKey() {
        return "documents.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
