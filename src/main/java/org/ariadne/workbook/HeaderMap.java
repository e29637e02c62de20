package org.ariadne.workbook;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ariadne.common.spreadsheet.Cell;
import org.ariadne.common.spreadsheet.Row;
import org.ariadne.common.text.LenientNumber;
import org.ariadne.plan.PlanField;

import static org.ariadne.workbook.Cells.fromAbove;
import static org.ariadne.workbook.Cells.isCopy;
import static org.ariadne.workbook.Cells.rowOf;
import static org.ariadne.workbook.Cells.text;

/**
 * Which column of the sheet holds which field of the plan, read from the header row in any of the languages, and
 * from a second header row under merged group headers (one budget column per funding source or year, one timeline
 * column per year).
 */
final class HeaderMap {

    /** A budget column under a merged "Budget" header: its funding source or its year, as the sub-header says. */
    record BudgetColumn(String source, Integer year) {
    }

    private final Vocabulary vocabulary;
    private final ReadingNotes notes;
    private final Map<Integer, WorkbookColumn> columns = new LinkedHashMap<>();
    private final Map<Integer, Integer> yearTargetColumns = new TreeMap<>();
    private final Map<Integer, String> headerTexts;
    private final Set<PlanField> fields = EnumSet.of(PlanField.CODE, PlanField.TITLE);
    private final Map<Integer, BudgetColumn> budgetColumns = new TreeMap<>();
    /** Columns of a two-row header: one timeline column per year, marked with an x in the years of work. */
    private final Map<Integer, Integer> timelineYears = new TreeMap<>();
    /** What the officer said the unrecognised columns are. */
    private final ColumnChoices choices;
    /** Columns the officer said hold nothing to import. */
    private final List<Integer> ignored = new ArrayList<>();

    HeaderMap(Vocabulary vocabulary, ReadingNotes notes, Map<Integer, String> headerTexts, ColumnChoices choices) {
        this.vocabulary = vocabulary;
        this.notes = notes;
        this.headerTexts = headerTexts;
        this.choices = choices;
    }

    ColumnChoices choices() {
        return choices;
    }

    List<Integer> ignored() {
        return ignored;
    }

    Map<Integer, WorkbookColumn> columns() {
        return columns;
    }

    Map<Integer, Integer> yearTargetColumns() {
        return yearTargetColumns;
    }

    Map<Integer, BudgetColumn> budgetColumns() {
        return budgetColumns;
    }

    Map<Integer, Integer> timelineYears() {
        return timelineYears;
    }

    Set<PlanField> fields() {
        return fields;
    }

    String headerText(int column) {
        return headerTexts.get(column);
    }

    /** The header the file gives each field it has (the first column of a field when there are several). */
    Map<PlanField, String> fieldHeaders() {
        var fieldHeaders = new HashMap<PlanField, String>();
        columns.forEach((index, column) -> fieldHeaders.putIfAbsent(column.field(), headerTexts.get(index)));
        return fieldHeaders;
    }

    /** Maps the columns of the header row; a field named twice is an error at the second. */
    void map(Row row) {
        var years = new TreeMap<Integer, Integer>();
        var found = new LinkedHashMap<Integer, WorkbookColumn>();
        for (int c = 0; c < row.size(); c++) {
            var cell = row.cell(c);
            var text = text(cell);
            if (text == null || isCopy(cell)) {
                continue;
            }
            var column = choices.header(text, vocabulary);
            if (column.isPresent()) {
                found.put(c, column.get());
            } else if (choices.ignored(text)) {
                ignored.add(c);
                headerTexts.put(c, text);
            } else {
                int index = c;
                vocabulary.yearTargetHeader(text).ifPresent(year -> years.put(index, year));
            }
        }
        var seen = EnumSet.noneOf(WorkbookColumn.class);
        for (var entry : found.entrySet()) {
            var column = entry.getValue();
            if (column == WorkbookColumn.START && seen.contains(WorkbookColumn.START) && !seen.contains(WorkbookColumn.END)) {
                column = WorkbookColumn.END; // "Timeline | Deadline": from, to
            }
            if (!seen.add(column)) {
                notes.errorAt(row, entry.getKey(), "workbook.problem.duplicate-column", text(row.cell(entry.getKey())));
                continue;
            }
            columns.put(entry.getKey(), column);
            fields.add(column.field());
            headerTexts.put(entry.getKey(), text(row.cell(entry.getKey())));
            notes.use(row.cell(entry.getKey()));
        }
        years.forEach((c, year) -> {
            yearTargetColumns.put(c, year);
            headerTexts.put(c, text(row.cell(c)));
            fields.add(PlanField.YEAR_TARGETS);
            notes.use(row.cell(c));
        });
    }

    /**
     * A second header row under group headers merged over several columns: "Budget (EUR)" over "State budget |
     * Donors", "Timeline" over "2016 | 2017 | 2018". Returns the index of the first data row.
     */
    int readSubHeader(List<Row> rows, int headerIndex) {
        if (headerIndex + 1 >= rows.size()) {
            return headerIndex + 1;
        }
        var header = rows.get(headerIndex);
        var below = rows.get(headerIndex + 1);
        var groups = new LinkedHashMap<String, List<Integer>>();
        for (int c = 0; c < header.size(); c++) {
            var cell = header.cell(c);
            if (cell.mergedFrom() != null && rowOf(cell.mergedFrom()) == cell.rowNumber()) {
                groups.computeIfAbsent(cell.mergedFrom(), key -> new ArrayList<>()).add(c);
            }
        }
        boolean used = false;
        for (var group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            var groupColumn = columns.get(group.get(0));
            for (int c : group) {
                var sub = below.cell(c);
                var subText = text(sub);
                if (subText == null || isCopy(sub)) {
                    continue;
                }
                var year = LenientNumber.parseYear(subText);
                var asColumn = choices.header(subText, vocabulary);
                if (choices.ignored(subText)) {
                    ignored.add(c);
                    headerTexts.put(c, subText);
                    notes.use(sub);
                    used = true;
                    continue;
                }
                if (groupColumn == WorkbookColumn.BUDGET && !asColumn.filter(col -> col != WorkbookColumn.BUDGET
                        && col != WorkbookColumn.FUNDING_SOURCE).isPresent()) {
                    budgetColumns.put(c, new BudgetColumn(year.hasProblem() ? subText : null,
                            year.hasProblem() ? null : year.year()));
                    columns.remove(c);
                } else if (groupColumn == WorkbookColumn.START && !year.hasProblem()) {
                    timelineYears.put(c, year.year());
                    columns.remove(c);
                    fields.add(PlanField.TIMELINE);
                } else if (asColumn.isPresent() && !columns.containsValue(asColumn.get())) {
                    columns.put(c, asColumn.get());
                    fields.add(asColumn.get().field());
                    headerTexts.put(c, subText);
                } else if (asColumn.isPresent() && groupColumn != null && c != group.get(0)) {
                    columns.put(c, asColumn.get() == WorkbookColumn.START ? WorkbookColumn.END : asColumn.get());
                    headerTexts.put(c, subText);
                } else {
                    continue;
                }
                headerTexts.putIfAbsent(c, headerTexts.getOrDefault(group.get(0), "") + " / " + subText);
                notes.use(sub);
                used = true;
            }
            if (!budgetColumns.isEmpty() && groupColumn == WorkbookColumn.BUDGET) {
                fields.add(PlanField.BUDGET);
                if (columns.get(group.get(0)) == WorkbookColumn.BUDGET && !budgetColumns.containsKey(group.get(0))) {
                    continue;
                }
                columns.remove(group.get(0));
            }
            if (!timelineYears.isEmpty() && groupColumn == WorkbookColumn.START) {
                columns.remove(group.get(0));
            }
        }
        if (used) {
            for (var cell : below.cells()) {
                if (text(cell) != null && !isCopy(cell) && !notes.accounted().contains(cell.reference())) {
                    var asColumn = choices.header(text(cell), vocabulary);
                    if (asColumn.isPresent() && !columns.containsValue(asColumn.get())) {
                        columns.put(cell.columnIndex(), asColumn.get());
                        fields.add(asColumn.get().field());
                        headerTexts.put(cell.columnIndex(), text(cell));
                        notes.use(cell);
                    }
                }
            }
        }
        return used ? headerIndex + 2 : headerIndex + 1;
    }

    /** The index of the column holding a field, or null when the file has none. */
    Integer columnOf(WorkbookColumn column) {
        for (var entry : columns.entrySet()) {
            if (entry.getValue() == column) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** The cell of a row in the column of a field, or null when the file has no such column. */
    Cell cell(Row row, WorkbookColumn column) {
        for (var entry : columns.entrySet()) {
            if (entry.getValue() == column) {
                return row.cell(entry.getKey());
            }
        }
        return null;
    }

    /** True when a column of the given scope holds a value of its own in this row. */
    boolean hasFreshValue(Row row, WorkbookColumn.Scope scope) {
        for (var entry : columns.entrySet()) {
            if (entry.getValue().scope() == scope) {
                var cell = row.cell(entry.getKey());
                if (text(cell) != null && !fromAbove(cell)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Marks the cells of a scope's columns in this row as dealt with (a message names them). */
    void accountScope(Row row, WorkbookColumn.Scope scope) {
        for (var entry : columns.entrySet()) {
            if (entry.getValue().scope() == scope) {
                notes.use(row.cell(entry.getKey()));
            }
        }
    }
}
