package org.ariadne.coordination;

/** A plan activity an action or an agreement may serve, labelled with its plan and code. */
public record ActivityChoice(long id, String label) {
}
