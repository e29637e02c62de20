package org.ariadne.victimdata;

import java.util.List;

/**
 * A problem of an uploaded case workbook (an {@code error} blocks the confirmation; a note does not), where it is
 * (sheet, row, cell, and the {@link CaseCommand} field of its column) and what to do, as a message key with its
 * arguments. The arguments may hold what the officer typed in that cell: a problem is shown, never stored.
 */
public record ImportProblem(String sheet, int row, String field, String cell, boolean error, String key,
        List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    /** Its place and kind, without what was typed: what the preview's fingerprint is made of. */
    String place() {
        return sheet + "!" + cell + ":" + field + ":" + key;
    }
}
