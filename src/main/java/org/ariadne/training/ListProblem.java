package org.ariadne.training;

/**
 * A problem of a participant list, where it is (sheet, row, cell, field; a typed list has lines, no sheet or cell)
 * and the message the user reads ({@code key} with {@code args}). Every problem blocks saving the list.
 */
public record ListProblem(String sheet, int row, String field, String cell, boolean error, String key, Object... args) {
}
