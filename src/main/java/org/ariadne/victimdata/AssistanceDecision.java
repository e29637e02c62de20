package org.ariadne.victimdata;

/** What the person said when assistance was offered. */
public enum AssistanceDecision {
    ACCEPTED, REFUSED
}
