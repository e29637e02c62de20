package org.ariadne.victimdata;

import java.util.List;

/**
 * What confirming an uploaded case workbook would save: every row read (with the linkage's proposals), every problem
 * by sheet, row and cell, and the fingerprint the confirmation must carry. Nothing in it identifies a person.
 */
public record ImportPreview(String token, List<ImportRow> rows, List<ImportProblem> problems, String fingerprint) {

    public ImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public long errors() {
        return problems.stream().filter(ImportProblem::error).count();
    }

    /** Saved all at once or not at all: only a file with rows and without any problem to fix. */
    public boolean canConfirm() {
        return !rows.isEmpty() && errors() == 0;
    }

    public long newPersons() {
        return rows.stream().filter(ImportRow::isNew).count();
    }

    public long withMatches() {
        return rows.size() - newPersons();
    }
}
