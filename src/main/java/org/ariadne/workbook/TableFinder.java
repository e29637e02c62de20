package org.ariadne.workbook;

import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import org.ariadne.common.spreadsheet.Cell;
import org.ariadne.common.spreadsheet.Grid;
import org.ariadne.common.spreadsheet.Row;
import org.ariadne.common.text.NameKey;

import static org.ariadne.workbook.Cells.freshValues;
import static org.ariadne.workbook.Cells.isCopy;
import static org.ariadne.workbook.Cells.text;

/**
 * Where the plan table sits in a sheet: its header row below any title rows, the years those title rows give, the
 * last row of the table, and the rows inside it that are not plan (totals, signatures, notes under the table).
 */
final class TableFinder {

    static final int HEADER_SEARCH_ROWS = 30;

    private TableFinder() {
    }

    /** The plan period a title row names ("Action plan 2016-2019"), or null. */
    record TitlePeriod(int firstYear, int lastYear) {
    }

    /** How much a sheet looks like the plan table: the most headers recognised in one of its first rows. */
    static int score(Grid grid, Vocabulary vocabulary) {
        var rows = grid.rows();
        int best = 0;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
            var found = recognised(rows.get(i), vocabulary, ColumnChoices.NONE);
            if (found.contains(WorkbookColumn.TITLE)) {
                best = Math.max(best, found.size() + (found.contains(WorkbookColumn.CODE) ? 1 : 0));
            }
        }
        return best;
    }

    /**
     * The header is the row among the first ones with a Title column (Activity, Measure, ...) and the most other
     * recognised columns; title rows above it ("Action plan 2016-2019") are not headers. -1 when there is none.
     */
    static int headerRow(Grid grid, Vocabulary vocabulary) {
        return headerRow(grid, vocabulary, ColumnChoices.NONE);
    }

    /** The same, counting the columns the officer has said what they are: their row is the header they mean. */
    static int headerRow(Grid grid, Vocabulary vocabulary, ColumnChoices choices) {
        var rows = grid.rows();
        int best = -1;
        int bestScore = 0;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
            var found = recognised(rows.get(i), vocabulary, choices);
            int score = found.size() + (found.contains(WorkbookColumn.CODE) ? 1 : 0);
            boolean chosenHere = rows.get(i).cells().stream().anyMatch(cell -> !isCopy(cell) && choices.chosen(text(cell)));
            if (found.contains(WorkbookColumn.TITLE)
                    && (found.contains(WorkbookColumn.CODE) || found.size() >= 3 || chosenHere)
                    && score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    private static EnumSet<WorkbookColumn> recognised(Row row, Vocabulary vocabulary, ColumnChoices choices) {
        var found = EnumSet.noneOf(WorkbookColumn.class);
        for (var cell : row.cells()) {
            if (!isCopy(cell)) {
                choices.header(text(cell), vocabulary).ifPresent(found::add);
            }
        }
        return found;
    }

    /**
     * Where no header is recognised, the row that most looks like one (the most texts among the first rows, two at
     * least), so that the officer can say what its columns are; -1 when no row does.
     */
    static int likelyHeaderRow(Grid grid) {
        var rows = grid.rows();
        int best = -1;
        int bestCount = 1;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
            int count = 0;
            for (var cell : rows.get(i).cells()) {
                var text = text(cell);
                if (text != null && !isCopy(cell) && cell.kind() == org.ariadne.common.spreadsheet.CellKind.TEXT
                        && text.length() <= 120) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = i;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * The layout of a table, as its header row reads (the texts folded, in order): two files with the same headers
     * have the same layout, and what the officer said about one's columns holds for the other.
     */
    static String layoutKey(Row header) {
        var texts = new java.util.ArrayList<String>();
        for (var cell : header.cells()) {
            var text = text(cell);
            if (text != null && !isCopy(cell)) {
                texts.add(NameKey.of(text));
            }
        }
        return org.ariadne.common.upload.PendingUploads.fingerprint(String.join("|", texts));
    }

    private static final Pattern YEAR_RANGE = Pattern.compile(
            "((?:19|20)\\d\\d)\\s*(?:-|–|—|to|deri|do|до)\\s*((?:19|20)\\d\\d)");

    /** Years in the title rows above the header ("Action plan 2016-2019") give the plan's period. */
    static TitlePeriod readTitleRows(Grid grid, int headerIndex, ReadingNotes notes) {
        TitlePeriod period = null;
        for (int i = 0; i < headerIndex; i++) {
            for (var cell : grid.rows().get(i).cells()) {
                var text = text(cell);
                if (text == null || isCopy(cell)) {
                    continue;
                }
                var matcher = YEAR_RANGE.matcher(text);
                if (matcher.find() && period == null) {
                    period = new TitlePeriod(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
                    // years as written, not as numbers ("2,016")
                    notes.noteAt(cell, "workbook.note.title-period", text, String.valueOf(period.firstYear()),
                            String.valueOf(period.lastYear()));
                } else {
                    notes.noteAt(cell, "workbook.note.title-row", text);
                }
            }
        }
        return period;
    }

    /** The last row of the table: rows after it with a single value are notes under the table. */
    static int lastTableRow(Grid grid, int dataStart) {
        var rows = grid.rows();
        for (int i = rows.size() - 1; i >= dataStart; i--) {
            if (freshValues(rows.get(i)).size() >= 2) {
                return i;
            }
        }
        return rows.size() - 1;
    }

    private static final Pattern NOT_PLAN = Pattern.compile("^(total|totals|grand total|subtotal|sub total|sum|totali|"
            + "gjithsej|shuma|shuma totale|ukupno|ukupan iznos|svega|vkupno|sevkupno|prepared by|pergatitur nga|"
            + "pergatiti|hartoi|pripremio|pripremila|pripremili|podgotvil|podgotvila|izgotvil|izgotvila|signature|"
            + "signed|nenshkrimi|nenshkruar|potpis|approved by|miratuar nga|miratoi|odobrio|odobrila|odobril|date|"
            + "data|datum|note|notes|shenim|shenime|napomena|napomene|zabeleshka|zabeleska|source|burimi i te dhenave|"
            + "izvor podataka|legend|legjenda|legenda|m p|mp|v d)( .*)?$");

    /** Totals, signatures, "Prepared by", notes under the table: not part of the plan, named in a note. */
    static boolean notPlan(Row row, List<Cell> values, boolean afterTable, ReadingNotes notes) {
        var first = values.get(0);
        var key = NameKey.of(text(first));
        boolean words = NOT_PLAN.matcher(key).matches() && !(values.size() > 3 && !key.startsWith("total")
                && !key.startsWith("ukupno") && !key.startsWith("gjithsej") && !key.startsWith("vkupno"));
        boolean footnote = text(first).startsWith("*") || text(first).startsWith("¹");
        if (!words && !footnote && !(afterTable && values.size() == 1 && !headingLike(text(first)))) {
            return false;
        }
        var texts = values.stream().map(Cells::text).toList();
        var noteKey = key.startsWith("total") || key.startsWith("ukupno") || key.startsWith("gjithsej")
                || key.startsWith("vkupno") || key.startsWith("sum") || key.startsWith("shuma") || key.startsWith("svega")
                || key.startsWith("sevkupno") || key.startsWith("subtotal") || key.startsWith("grand")
                ? "workbook.note.totals-row" : "workbook.note.not-plan-row";
        notes.add(row.number(), null, first.reference(), RowProblem.Severity.WARNING, noteKey,
                String.join(" | ", texts));
        notes.accountRow(row);
        return true;
    }

    private static boolean headingLike(String text) {
        var numbered = WrittenHierarchy.numbered(text, false);
        return numbered != null && numbered.kind() != null;
    }
}
