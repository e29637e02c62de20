package org.ariadne.victimdata;

/** Eurostat's two kinds of registered victim: presumed (signs, not yet decided) and formally identified. */
public enum CaseStatus {
    PRESUMED, IDENTIFIED
}
