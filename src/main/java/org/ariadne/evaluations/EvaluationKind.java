package org.ariadne.evaluations;

/** When in the plan's life the evaluation looks at it: at mid-term, or at the end (final, ex post). */
public enum EvaluationKind {
    MID_TERM, FINAL;

    public String messageKey() {
        return "evaluations.kind." + name();
    }
}
