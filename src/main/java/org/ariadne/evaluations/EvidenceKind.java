package org.ariadne.evaluations;

/** What a criterion's judgement rests on: an indicator or activity of the plan, a progress report, a file. */
public enum EvidenceKind {
    INDICATOR, ACTIVITY, REPORT, FILE;

    public String messageKey() {
        return "evaluations.evidence." + name();
    }
}
