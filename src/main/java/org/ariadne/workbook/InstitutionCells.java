package org.ariadne.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.ariadne.common.spreadsheet.Row;

/**
 * The institutions named in a cell, split the way a person reads the cell: every piece is looked up in the
 * directory (through {@link PlanWorkbookReader.InstitutionNames}) before a comma or an "and" is taken to separate two.
 */
final class InstitutionCells {

    static final Pattern STRONG_SEPARATORS = Pattern.compile("\\s*(?:;|\\r?\\n|•|·)\\s*");
    private static final Pattern WEAK_SEPARATORS = Pattern.compile(
            "\\s*(?:,|/|&|\\+|\\band\\b|\\bdhe\\b|\\bи\\b|\\bi\\b|\\bе\\b|\\bkao i\\b)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final CellValues values;
    private final PlanWorkbookReader.InstitutionNames institutions;

    InstitutionCells(CellValues values, PlanWorkbookReader.InstitutionNames institutions) {
        this.values = values;
        this.institutions = institutions;
    }

    /**
     * The institutions named in a cell. Line breaks and ; always separate names; commas, slashes and "and", "dhe",
     * "и" only when the directory knows every piece, because a name itself may hold them ("Ministry of Labour and
     * Social Welfare"). An unknown name that still holds one of them is asked about, never created as it is.
     */
    List<String> names(Row row, WorkbookColumn column) {
        var text = values.plainText(row, column);
        var names = new ArrayList<String>();
        if (text == null) {
            return names;
        }
        if (institutions.known(text)) {
            names.add(text);
            return names;
        }
        for (var part : STRONG_SEPARATORS.split(text)) {
            var name = part.strip().replaceFirst("^[-–*▪●○■]\\s*", "").replaceFirst("[.,]$", "").strip();
            if (name.isEmpty()) {
                continue;
            }
            if (institutions.known(name)) {
                names.add(name);
                continue;
            }
            var pieces = Arrays.stream(WEAK_SEPARATORS.split(name)).map(String::strip)
                    .filter(piece -> !piece.isEmpty()).toList();
            if (pieces.size() > 1 && pieces.stream().allMatch(institutions::known)) {
                names.addAll(pieces);
            } else {
                names.add(name);
            }
        }
        return names.stream().distinct().toList();
    }

    Long idFor(String name, InstitutionRole role, int row) {
        return institutions.idFor(name, role, row);
    }

    Long idFor(String name, InstitutionRole role, int row, String cell) {
        return institutions.idFor(name, role, row, cell);
    }
}
