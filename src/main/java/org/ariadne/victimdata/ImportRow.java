package org.ariadne.victimdata;

import java.time.LocalDate;
import java.util.List;

import org.ariadne.victimdata.linkage.Sex;

/**
 * A row of an uploaded case workbook as the preview shows it: nothing that identifies the person (the officer finds
 * the row by its number), and what the linkage says of it: a new person, or likely or possibly one of the register's
 * earlier cases, or of an earlier row of the same file.
 */
public record ImportRow(int row, LocalDate identifiedOn, String institutionName, CaseStatus status, Sex sex,
        Integer age, boolean identifying, List<EarlierMatch> matches, List<Integer> sameAsRows) {

    public ImportRow {
        matches = List.copyOf(matches);
        sameAsRows = List.copyOf(sameAsRows);
    }

    /** Whether the linkage proposes nothing for it: a new person (unless the officer links it by hand). */
    public boolean isNew() {
        return matches.isEmpty() && sameAsRows.isEmpty();
    }
}
