package org.ariadne.common.upload;

/**
 * The upload was confirmed before (a double click, a second tab, the back button): nothing is saved twice. Carries
 * what the first confirmation recorded (such as the plan it created), so the page can go where the first one went.
 */
public class UploadAlreadyConfirmedException extends RuntimeException {

    private final String outcome;

    UploadAlreadyConfirmedException(String id, String outcome) {
        super("upload " + id + " was confirmed before");
        this.outcome = outcome;
    }

    /** What the module recorded when the upload was confirmed; empty when it recorded nothing. */
    public String outcome() {
        return outcome == null ? "" : outcome;
    }
}
