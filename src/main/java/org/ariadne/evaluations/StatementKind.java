package org.ariadne.evaluations;

/** What an evaluation states, numbered separately: its findings (what it found) and conclusions (what follows). */
public enum StatementKind {
    FINDING, CONCLUSION;

    public String messageKey() {
        return "evaluations.statement." + name();
    }
}
