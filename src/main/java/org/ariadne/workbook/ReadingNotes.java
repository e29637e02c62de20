package org.ariadne.workbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ariadne.common.spreadsheet.Cell;
import org.ariadne.common.spreadsheet.Grid;
import org.ariadne.common.spreadsheet.Row;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import static org.ariadne.workbook.Cells.isCopy;
import static org.ariadne.workbook.Cells.text;

/**
 * The messages of one reading, each naming its sheet, row, column (as the file names it) and cell, and the cells
 * that were imported or named: the record behind the "no silent loss" invariant.
 */
final class ReadingNotes {

    private final String sheet;
    private final Vocabulary vocabulary;
    /** The header text of each column, filled in by the header mapping; shared with it. */
    private final Map<Integer, String> headerTexts;
    private final List<RowProblem> problems = new ArrayList<>();
    /** Every cell whose value was imported or named in a message. */
    private final Set<String> accounted = new HashSet<>();

    ReadingNotes(String sheet, Vocabulary vocabulary, Map<Integer, String> headerTexts) {
        this.sheet = sheet;
        this.vocabulary = vocabulary;
        this.headerTexts = headerTexts;
    }

    String sheet() {
        return sheet;
    }

    List<RowProblem> problems() {
        return problems;
    }

    Set<String> accounted() {
        return accounted;
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(RowProblem::isError);
    }

    static MessageSourceResolvable message(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args, key);
    }

    /** The cell's value is taken into the plan (or deliberately set aside with a message). */
    void use(Cell cell) {
        if (cell != null && !cell.isEmpty()) {
            accounted.add(cell.reference());
        }
    }

    void accountRow(Row row) {
        for (var cell : row.cells()) {
            use(cell);
        }
    }

    void add(int row, String column, String cell, RowProblem.Severity severity, String key, Object... args) {
        problems.add(new RowProblem(sheet, row, column, cell, severity, message(key, args)));
    }

    /** A warning at a cell, under its column's header. */
    void noteAt(Cell cell, String key, Object... args) {
        add(cell.rowNumber(), headerTexts.get(cell.columnIndex()), cell.reference(), RowProblem.Severity.WARNING, key,
                args);
        use(cell);
    }

    /** An error at a column of a row, found by index (a header cell, say). */
    void errorAt(Row row, int columnIndex, String key, Object... args) {
        add(row.number(), text(row.cell(columnIndex)), row.cell(columnIndex).reference(), RowProblem.Severity.ERROR,
                key, args);
        use(row.cell(columnIndex));
    }

    /**
     * A message at a cell; when the column is not in the file, the field is named in the user's language instead
     * of its header.
     */
    void problem(Row row, Cell cell, WorkbookColumn column, RowProblem.Severity severity, String key, Object... args) {
        String header = null;
        if (cell != null) {
            header = headerTexts.get(cell.columnIndex());
        }
        if (header == null && column != null) {
            header = vocabulary.label(column.messageKey(), LocaleContextHolder.getLocale());
        }
        add(row.number(), header, cell == null ? null : cell.reference(), severity, key, args);
        use(cell);
    }

    /**
     * Every value that was neither imported nor named in a message is named now, one message per column: nothing
     * in the file is lost without the preview saying so.
     */
    void reportUnaccounted(Grid grid, int dataStart) {
        var byColumn = new TreeMap<Integer, List<Cell>>();
        var rows = grid.rows();
        for (int i = 0; i < rows.size(); i++) {
            for (var cell : rows.get(i).cells()) {
                if (text(cell) == null || accounted.contains(cell.reference())) {
                    continue;
                }
                if (isCopy(cell) && accounted.contains(cell.mergedFrom())) {
                    continue;
                }
                byColumn.computeIfAbsent(cell.columnIndex(), c -> new ArrayList<>()).add(cell);
            }
        }
        byColumn.forEach((column, cells) -> {
            var first = cells.get(0);
            var header = headerTexts.get(column);
            var headerRow = dataStart > 0 ? rows.get(Math.max(0, dataStart - 1)) : null;
            if (header == null && headerRow != null) {
                header = text(headerRow.cell(column));
            }
            var refs = cells.size() <= 6 ? String.join(", ", cells.stream().map(Cell::reference).toList())
                    : cells.get(0).reference() + " … " + cells.get(cells.size() - 1).reference();
            var key = header == null ? "workbook.note.values-outside-columns" : "workbook.note.column-not-imported";
            add(first.rowNumber(), header, refs, RowProblem.Severity.WARNING, key,
                    header == null ? text(first) : header, cells.size(), refs);
            cells.forEach(this::use);
        });
    }
}
