package org.ariadne.evaluations;

/** What an uploaded file is to the evaluation. */
public enum FileKind {
    TERMS_OF_REFERENCE, REPORT, EVIDENCE;

    public String messageKey() {
        return "evaluations.file-kind." + name();
    }
}
