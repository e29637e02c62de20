package org.ariadne.plan;

/** What deleting an element takes with it, shown before the user confirms. */
public record DeletionImpact(String label, int specificObjectives, int activities, int indicators) {
}
