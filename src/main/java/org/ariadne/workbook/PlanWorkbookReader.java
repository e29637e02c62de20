package org.ariadne.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ariadne.common.spreadsheet.Cell;
import org.ariadne.common.spreadsheet.CellKind;
import org.ariadne.common.spreadsheet.Grid;
import org.ariadne.common.spreadsheet.Row;
import org.ariadne.common.text.LenientNumber;
import org.ariadne.common.text.NameKey;
import org.ariadne.common.text.PeriodText;
import org.ariadne.common.text.Words;
import org.ariadne.plan.ActivityCommand;
import org.ariadne.plan.Aggregation;
import org.ariadne.plan.BudgetLineCommand;
import org.ariadne.plan.Direction;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.IndicatorCommand;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.PlanCode;
import org.ariadne.plan.PlanDraft;
import org.ariadne.plan.PlanField;
import org.ariadne.plan.ResultLevel;
import org.ariadne.plan.SpecificObjectiveCommand;
import org.ariadne.plan.StrategicObjectiveCommand;
import org.ariadne.plan.ThematicArea;
import org.ariadne.plan.YearTargetCommand;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Reads the plan workbook layout from a grid of cells into a {@link PlanDraft}, collecting every problem with
 * its row and column instead of stopping at the first. Real plans are messy: merged cells and blank codes mean
 * "same element as above", numbers come with either decimal mark, dates as dates, years, quarters, ranges or
 * words, names in any script.
 */
final class PlanWorkbookReader {

    /** Resolves an institution name to an id; unknown names get a placeholder id chosen by the caller. */
    interface InstitutionNames {
        Long idFor(String name, InstitutionRole role, int row);
    }

    record Result(PlanDraft draft, List<RowProblem> problems, int headerRow, Integer firstYear, Integer lastYear,
            Map<PlanField, String> fieldHeaders) {

        boolean hasErrors() {
            return problems.stream().anyMatch(RowProblem::isError);
        }
    }

    private static final int HEADER_SEARCH_ROWS = 20;

    private final Grid grid;
    private final Vocabulary vocabulary;
    private final InstitutionNames institutions;
    private final List<RowProblem> problems = new ArrayList<>();
    private final Map<Integer, WorkbookColumn> columns = new LinkedHashMap<>();
    private final Map<Integer, Integer> yearTargetColumns = new TreeMap<>();
    private final Map<Integer, String> headerTexts = new HashMap<>();
    private final Set<PlanField> fields = EnumSet.of(PlanField.CODE, PlanField.TITLE);
    private final List<StrategicBuilder> objectives = new ArrayList<>();
    private final Map<String, StrategicBuilder> strategicByCode = new HashMap<>();
    private final Map<String, SpecificBuilder> specificByCode = new HashMap<>();
    private final Map<String, Integer> codeRows = new HashMap<>();
    private Integer firstYear;
    private Integer lastYear;

    private PlanWorkbookReader(Grid grid, Vocabulary vocabulary, InstitutionNames institutions) {
        this.grid = grid;
        this.vocabulary = vocabulary;
        this.institutions = institutions;
    }

    static Result read(Grid grid, Vocabulary vocabulary, InstitutionNames institutions) {
        return new PlanWorkbookReader(grid, vocabulary, institutions).read();
    }

    private Result read() {
        int headerIndex = findHeader();
        if (headerIndex < 0) {
            problems.add(new RowProblem(0, null, null, RowProblem.Severity.ERROR, message("workbook.problem.no-header")));
            return new Result(new PlanDraft(List.of(), fields), problems, 0, null, null, Map.of());
        }
        var rows = grid.rows();
        Element current = null;
        boolean skipping = false;
        for (int i = headerIndex + 1; i < rows.size(); i++) {
            var row = rows.get(i);
            if (row.isBlank() || isBlankInMappedColumns(row)) {
                continue;
            }
            reportFormulas(row);
            var codeCell = cell(row, WorkbookColumn.CODE);
            var rawCode = text(codeCell);
            boolean continuation = rawCode == null || fromAbove(codeCell)
                    || (current != null && PlanCode.canonical(rawCode).equals(current.code()));
            if (continuation) {
                if (skipping) {
                    continue;
                }
                if (current == null) {
                    error(row, WorkbookColumn.CODE, "workbook.problem.no-code");
                    skipping = true;
                    continue;
                }
                var titleCell = cell(row, WorkbookColumn.TITLE);
                var title = text(titleCell);
                if (title != null && !fromAbove(titleCell) && !title.equals(current.title())) {
                    error(row, WorkbookColumn.CODE, "workbook.problem.code-missing", title);
                    continue;
                }
                readContinuation(row, current);
                continue;
            }
            var code = PlanCode.parse(rawCode);
            if (code.isEmpty()) {
                error(row, WorkbookColumn.CODE, "workbook.problem.bad-code", rawCode);
                current = null;
                skipping = true;
                continue;
            }
            skipping = false;
            var canonical = code.get().toString();
            var earlier = codeRows.putIfAbsent(canonical, row.number());
            if (earlier != null) {
                error(row, WorkbookColumn.CODE, "workbook.problem.duplicate-code", canonical, String.valueOf(earlier));
                current = null;
                skipping = true;
                continue;
            }
            current = switch (code.get().kind()) {
                case STRATEGIC_OBJECTIVE -> readStrategic(row, canonical);
                case SPECIFIC_OBJECTIVE -> readSpecific(row, canonical, code.get());
                case ACTIVITY -> readActivity(row, canonical, code.get());
            };
            skipping = current == null;
        }
        if (objectives.isEmpty() && problems.stream().noneMatch(RowProblem::isError)) {
            problems.add(new RowProblem(headerIndex + 1, null, null, RowProblem.Severity.ERROR,
                    message("workbook.problem.no-rows")));
        }
        var draft = new PlanDraft(objectives.stream().map(StrategicBuilder::build).toList(), fields);
        var fieldHeaders = new HashMap<PlanField, String>();
        columns.forEach((index, column) -> fieldHeaders.putIfAbsent(column.field(), headerTexts.get(index)));
        return new Result(draft, problems, rows.get(headerIndex).number(), firstYear, lastYear, fieldHeaders);
    }

    // ---- header ----

    private int findHeader() {
        var rows = grid.rows();
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
            var row = rows.get(i);
            var found = new LinkedHashMap<Integer, WorkbookColumn>();
            var years = new TreeMap<Integer, Integer>();
            for (int c = 0; c < row.size(); c++) {
                var text = text(row.cell(c));
                if (text == null) {
                    continue;
                }
                var column = vocabulary.header(text);
                if (column.isPresent()) {
                    found.put(c, column.get());
                } else {
                    int index = c;
                    vocabulary.yearTargetHeader(text).ifPresent(year -> years.put(index, year));
                }
            }
            if (found.containsValue(WorkbookColumn.CODE) && found.containsValue(WorkbookColumn.TITLE)) {
                var seen = EnumSet.noneOf(WorkbookColumn.class);
                for (var entry : found.entrySet()) {
                    if (!seen.add(entry.getValue())) {
                        error(row, entry.getKey(), "workbook.problem.duplicate-column", text(row.cell(entry.getKey())));
                        continue;
                    }
                    columns.put(entry.getKey(), entry.getValue());
                    fields.add(entry.getValue().field());
                    headerTexts.put(entry.getKey(), text(row.cell(entry.getKey())));
                }
                years.forEach((c, year) -> {
                    yearTargetColumns.put(c, year);
                    headerTexts.put(c, text(row.cell(c)));
                    fields.add(PlanField.YEAR_TARGETS);
                });
                for (int c = 0; c < row.size(); c++) {
                    var text = text(row.cell(c));
                    if (text != null && !columns.containsKey(c) && !yearTargetColumns.containsKey(c)) {
                        problems.add(new RowProblem(row.number(), text, row.cell(c).reference(), RowProblem.Severity.WARNING,
                                message("workbook.problem.unknown-column", text)));
                    }
                }
                return i;
            }
        }
        return -1;
    }

    // ---- element rows ----

    private Element readStrategic(Row row, String code) {
        var title = requiredTitle(row);
        ThematicArea area = choice(row, WorkbookColumn.THEMATIC_AREA, ThematicArea.class, "workbook.problem.bad-area");
        warnIgnored(row, WorkbookColumn.Scope.ROW, WorkbookColumn.THEMATIC_AREA);
        var builder = new StrategicBuilder(row.number(), new StrategicObjectiveCommand(code, title, null, area));
        objectives.add(builder);
        strategicByCode.put(code, builder);
        readIndicatorAndBudget(row, builder, ResultLevel.IMPACT);
        return builder;
    }

    private Element readSpecific(Row row, String code, PlanCode parsed) {
        var parentCode = parsed.parent().orElseThrow().toString();
        var parent = strategicByCode.get(parentCode);
        if (parent == null) {
            error(row, WorkbookColumn.CODE, "workbook.problem.no-parent", code, parentCode);
            return null;
        }
        var title = requiredTitle(row);
        warnIgnored(row, WorkbookColumn.Scope.ROW);
        var builder = new SpecificBuilder(row.number(), new SpecificObjectiveCommand(code, title, null));
        parent.children.add(builder);
        specificByCode.put(code, builder);
        readIndicatorAndBudget(row, builder, ResultLevel.OUTCOME);
        return builder;
    }

    private Element readActivity(Row row, String code, PlanCode parsed) {
        var parentCode = parsed.parent().orElseThrow().toString();
        var parent = specificByCode.get(parentCode);
        if (parent == null) {
            error(row, WorkbookColumn.CODE, "workbook.problem.no-parent", code, parentCode);
            return null;
        }
        var title = requiredTitle(row);
        var builder = new ActivityBuilder(row.number(), code, title);
        builder.description = plainText(row, WorkbookColumn.DESCRIPTION);
        builder.expectedResult = plainText(row, WorkbookColumn.EXPECTED_RESULT);
        var lead = plainText(row, WorkbookColumn.LEAD_INSTITUTION);
        builder.lead = lead == null ? null : institutions.idFor(lead, InstitutionRole.LEAD, row.number());
        var supporting = plainText(row, WorkbookColumn.SUPPORTING_INSTITUTIONS);
        if (supporting != null) {
            for (var name : supporting.split("[;\\n]")) {
                if (!name.isBlank()) {
                    var id = institutions.idFor(name.strip(), InstitutionRole.SUPPORTING, row.number());
                    if (!builder.supporting.contains(id)) {
                        builder.supporting.add(id);
                    }
                }
            }
        }
        builder.responsiblePerson = plainText(row, WorkbookColumn.RESPONSIBLE_PERSON);
        readTimeline(row, builder);
        builder.frequency = choice(row, WorkbookColumn.FREQUENCY, Frequency.class, "workbook.problem.bad-frequency");
        builder.meansOfVerification = plainText(row, WorkbookColumn.MEANS_OF_VERIFICATION);
        builder.assumptions = plainText(row, WorkbookColumn.ASSUMPTIONS);
        builder.risks = plainText(row, WorkbookColumn.RISKS);
        parent.children.add(builder);
        readIndicatorAndBudget(row, builder, ResultLevel.OUTPUT);
        return builder;
    }

    private void readContinuation(Row row, Element current) {
        readIndicatorAndBudget(row, current, current.defaultLevel());
    }

    private void readIndicatorAndBudget(Row row, Element element, ResultLevel defaultLevel) {
        var nameCell = cell(row, WorkbookColumn.INDICATOR);
        var name = fromAbove(nameCell) ? null : plainText(row, WorkbookColumn.INDICATOR);
        if (name != null) {
            element.indicators().add(new PlanDraft.IndicatorDraft(row.number(), readIndicator(row, name, defaultLevel)));
        } else if (hasFreshValue(row, WorkbookColumn.Scope.INDICATOR)) {
            warning(row, WorkbookColumn.INDICATOR, "workbook.problem.indicator-without-name");
        }
        var budgetCell = cell(row, WorkbookColumn.BUDGET);
        if (budgetCell != null && budgetCell.kind() == CellKind.FORMULA) {
            return; // already reported as a formula; its funding source is not a second problem
        }
        boolean hasBudget = !fromAbove(budgetCell) && text(budgetCell) != null;
        if (hasBudget) {
            if (element instanceof ActivityBuilder activity) {
                var line = readBudget(row);
                if (line != null) {
                    activity.budget.add(line);
                }
            } else {
                warning(row, WorkbookColumn.BUDGET, "workbook.problem.budget-on-objective");
            }
        } else if (hasFreshValue(row, WorkbookColumn.Scope.BUDGET)) {
            error(row, WorkbookColumn.BUDGET, "workbook.problem.budget-without-amount");
        }
    }

    private IndicatorCommand readIndicator(Row row, String name, ResultLevel defaultLevel) {
        var level = choice(row, WorkbookColumn.RESULT_LEVEL, ResultLevel.class, "workbook.problem.bad-level");
        var unit = plainText(row, WorkbookColumn.UNIT);
        IndicatorType type = choice(row, WorkbookColumn.INDICATOR_TYPE, IndicatorType.class, "workbook.problem.bad-type");
        if (type == null) {
            type = typeFromUnit(unit);
        }
        Direction direction = choice(row, WorkbookColumn.DIRECTION, Direction.class, "workbook.problem.bad-direction");
        Aggregation aggregation = choice(row, WorkbookColumn.AGGREGATION, Aggregation.class,
                "workbook.problem.bad-aggregation");
        var baseline = measurement(row, WorkbookColumn.BASELINE, cell(row, WorkbookColumn.BASELINE), type);
        var baselineYear = year(row, WorkbookColumn.BASELINE_YEAR);
        var target = measurement(row, WorkbookColumn.TARGET, cell(row, WorkbookColumn.TARGET), type);
        var targetYear = year(row, WorkbookColumn.TARGET_YEAR);
        var yearTargets = new ArrayList<YearTargetCommand>();
        for (var entry : yearTargetColumns.entrySet()) {
            var value = measurement(row, null, row.cell(entry.getKey()), type);
            if (value != null) {
                yearTargets.add(new YearTargetCommand(entry.getValue(), value));
                noteYear(entry.getValue());
            }
        }
        var dimensions = new LinkedHashSet<Disaggregation>();
        var disaggregation = plainText(row, WorkbookColumn.DISAGGREGATION);
        if (disaggregation != null) {
            var unknown = new ArrayList<String>();
            dimensions.addAll(vocabulary.choices(Disaggregation.class, disaggregation, unknown));
            if (!unknown.isEmpty()) {
                error(row, WorkbookColumn.DISAGGREGATION, "workbook.problem.bad-disaggregation", String.join("; ", unknown));
            }
        }
        noteYear(baselineYear);
        noteYear(targetYear);
        return new IndicatorCommand(name, level == null ? defaultLevel : level, type, unit,
                direction == null ? Direction.INCREASE : direction, null, null, null, null, baseline, baselineYear,
                plainText(row, WorkbookColumn.BASELINE_SOURCE), target, targetYear, yearTargets, dimensions,
                plainText(row, WorkbookColumn.DATA_SOURCE), null, null, null, aggregation);
    }

    private static IndicatorType typeFromUnit(String unit) {
        if (unit == null) {
            return IndicatorType.NUMBER;
        }
        var key = unit.strip();
        if (key.equals("%") || NameKey.of(key).startsWith("percent") || NameKey.of(key).startsWith("perqind")
                || NameKey.of(key).startsWith("procen")) {
            return IndicatorType.PERCENTAGE;
        }
        var words = key.split("\\s*/\\s*");
        if (words.length == 2 && Words.yesNo(words[0]).orElse(false) && !Words.yesNo(words[1]).orElse(true)) {
            return IndicatorType.YES_NO;
        }
        return IndicatorType.NUMBER;
    }

    private BudgetLineCommand readBudget(Row row) {
        var planned = amount(row, WorkbookColumn.BUDGET);
        if (planned == null) {
            return null;
        }
        var secured = amount(row, WorkbookColumn.SECURED);
        var year = year(row, WorkbookColumn.BUDGET_YEAR);
        noteYear(year);
        var source = plainText(row, WorkbookColumn.FUNDING_SOURCE);
        FundingSourceKind kind = FundingSourceKind.STATE_BUDGET;
        Long institution = null;
        if (source != null) {
            var colon = source.indexOf(':');
            var asKind = vocabulary.choice(FundingSourceKind.class, colon < 0 ? source : source.substring(0, colon));
            if (asKind.isPresent()) {
                kind = asKind.get();
                if (colon >= 0 && !source.substring(colon + 1).isBlank()) {
                    institution = institutions.idFor(source.substring(colon + 1).strip(), InstitutionRole.FUNDER, row.number());
                }
            } else {
                kind = FundingSourceKind.DONOR;
                institution = institutions.idFor(source, InstitutionRole.FUNDER, row.number());
            }
        }
        return new BudgetLineCommand(year, kind, institution, planned, secured);
    }

    private void readTimeline(Row row, ActivityBuilder activity) {
        var startCell = cell(row, WorkbookColumn.START);
        var endCell = cell(row, WorkbookColumn.END);
        var startText = text(startCell);
        var endText = text(endCell);
        if (startCell != null && startCell.kind() == CellKind.DATE) {
            activity.start = startCell.date();
        } else if (startText != null) {
            if (endText == null) {
                // "2015-2019", "2016-Q2", "continuous" in Start alone describe the whole timeline
                var period = PeriodText.parse(startText);
                if (period.hasProblem()) {
                    dateProblem(row, WorkbookColumn.START, period.problemCode(), startText);
                } else {
                    activity.start = period.start();
                    activity.end = period.end();
                    activity.continuous = period.continuous();
                }
            } else {
                var start = PeriodText.parseStart(startText);
                if (start.hasProblem()) {
                    dateProblem(row, WorkbookColumn.START, start.problemCode(), startText);
                } else {
                    activity.start = start.date();
                    activity.continuous |= start.continuous();
                }
            }
        }
        if (endCell != null && endCell.kind() == CellKind.DATE) {
            activity.end = endCell.date();
        } else if (endText != null) {
            var end = PeriodText.parseEnd(endText);
            if (end.hasProblem()) {
                dateProblem(row, WorkbookColumn.END, end.problemCode(), endText);
            } else {
                activity.end = end.date();
                activity.continuous |= end.continuous();
            }
        }
        noteYear(activity.start == null ? null : activity.start.getYear());
        noteYear(activity.end == null ? null : activity.end.getYear());
    }

    private void dateProblem(Row row, WorkbookColumn column, String code, String text) {
        error(row, column, "workbook.problem.date." + code, text);
    }

    // ---- values ----

    private BigDecimal measurement(Row row, WorkbookColumn column, Cell cell, IndicatorType type) {
        if (cell == null || cell.isEmpty() || fromAbove(cell) && column == null) {
            return null;
        }
        if (type == IndicatorType.YES_NO && cell.kind() == CellKind.TEXT) {
            var yesNo = Words.yesNo(cell.text());
            if (yesNo.isPresent()) {
                return yesNo.get() ? BigDecimal.ONE : BigDecimal.ZERO;
            }
        }
        if (cell.kind() == CellKind.BOOLEAN) {
            return Boolean.TRUE.equals(cell.booleanValue()) ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return number(row, column, cell);
    }

    private BigDecimal amount(Row row, WorkbookColumn column) {
        var cell = cell(row, column);
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        return number(row, column, cell);
    }

    private BigDecimal number(Row row, WorkbookColumn column, Cell cell) {
        switch (cell.kind()) {
            case NUMBER -> {
                return cell.number();
            }
            case TEXT -> {
                var parsed = LenientNumber.parse(cell.text());
                if (parsed.hasProblem()) {
                    problem(row, cell, column, RowProblem.Severity.ERROR, "workbook.problem.number." + parsed.problemCode(),
                            cell.text());
                    return null;
                }
                if (parsed.ambiguous()) {
                    problem(row, cell, column, RowProblem.Severity.WARNING, "workbook.problem.number.ambiguous",
                            cell.text(), parsed.value().toPlainString());
                }
                return parsed.value();
            }
            case FORMULA -> {
                return null; // reported once per row by reportFormulas
            }
            default -> {
                problem(row, cell, column, RowProblem.Severity.ERROR, "workbook.problem.number.not-a-number", cell.text());
                return null;
            }
        }
    }

    private Integer year(Row row, WorkbookColumn column) {
        var cell = cell(row, column);
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        if (cell.kind() == CellKind.DATE && cell.date() != null) {
            return cell.date().getYear();
        }
        var parsed = LenientNumber.parseYear(cell.text());
        if (parsed.hasProblem()) {
            problem(row, cell, column, RowProblem.Severity.ERROR, "workbook.problem.year", cell.text());
            return null;
        }
        return parsed.year();
    }

    private <E extends Enum<E>> E choice(Row row, WorkbookColumn column, Class<E> type, String problemKey) {
        var text = plainText(row, column);
        if (text == null) {
            return null;
        }
        var value = vocabulary.choice(type, text);
        if (value.isEmpty()) {
            error(row, column, problemKey, text);
        }
        return value.orElse(null);
    }

    private String requiredTitle(Row row) {
        var title = plainText(row, WorkbookColumn.TITLE);
        if (title == null) {
            error(row, WorkbookColumn.TITLE, "workbook.problem.no-title");
            return "";
        }
        return title;
    }

    /** The text of a cell as stored: the export's protective apostrophe removed, never evaluated. */
    private String plainText(Row row, WorkbookColumn column) {
        var cell = cell(row, column);
        var text = text(cell);
        if (text == null) {
            return null;
        }
        if (cell.kind() == CellKind.FORMULA) {
            return null;
        }
        // the reader has already removed the protective apostrophe our exports put before = + - @
        if (text.startsWith("=") && cell.kind() == CellKind.TEXT) {
            problem(row, cell, column, RowProblem.Severity.WARNING, "workbook.problem.formula-text", text);
        }
        return text;
    }

    private void reportFormulas(Row row) {
        for (var entry : columns.entrySet()) {
            var cell = row.cell(entry.getKey());
            if (cell.kind() == CellKind.FORMULA && !fromAbove(cell)) {
                problem(row, cell, entry.getValue(), RowProblem.Severity.ERROR, "workbook.problem.formula-cell",
                        cell.formula());
            }
        }
        for (var c : yearTargetColumns.keySet()) {
            var cell = row.cell(c);
            if (cell.kind() == CellKind.FORMULA) {
                problem(row, cell, null, RowProblem.Severity.ERROR, "workbook.problem.formula-cell", cell.formula());
            }
        }
    }

    private void warnIgnored(Row row, WorkbookColumn.Scope scope, WorkbookColumn... allowed) {
        var allowedSet = EnumSet.of(WorkbookColumn.CODE, WorkbookColumn.TITLE);
        allowedSet.addAll(List.of(allowed));
        for (var entry : columns.entrySet()) {
            if (entry.getValue().scope() == scope && !allowedSet.contains(entry.getValue())) {
                var cell = row.cell(entry.getKey());
                if (text(cell) != null && !fromAbove(cell)) {
                    problem(row, cell, entry.getValue(), RowProblem.Severity.WARNING,
                            "workbook.problem.ignored-on-objective", headerTexts.get(entry.getKey()));
                }
            }
        }
    }

    private boolean hasFreshValue(Row row, WorkbookColumn.Scope scope) {
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

    private boolean isBlankInMappedColumns(Row row) {
        for (var c : columns.keySet()) {
            if (text(row.cell(c)) != null) {
                return false;
            }
        }
        for (var c : yearTargetColumns.keySet()) {
            if (text(row.cell(c)) != null) {
                return false;
            }
        }
        return true;
    }

    private void noteYear(Integer year) {
        if (year == null) {
            return;
        }
        firstYear = firstYear == null ? year : Math.min(firstYear, year);
        lastYear = lastYear == null ? year : Math.max(lastYear, year);
    }

    private Cell cell(Row row, WorkbookColumn column) {
        for (var entry : columns.entrySet()) {
            if (entry.getValue() == column) {
                return row.cell(entry.getKey());
            }
        }
        return null;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        var text = cell.text();
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A cell inside a merged region whose value sits in an earlier row: "same as above", not a new value. */
    private static boolean fromAbove(Cell cell) {
        if (cell == null || cell.mergedFrom() == null || cell.mergedFrom().equals(cell.reference())) {
            return false;
        }
        return rowOf(cell.mergedFrom()) < cell.rowNumber();
    }

    private static int rowOf(String reference) {
        return Integer.parseInt(reference.replaceAll("[^0-9]", ""));
    }

    private void error(Row row, WorkbookColumn column, String key, Object... args) {
        problem(row, cell(row, column), column, RowProblem.Severity.ERROR, key, args);
    }

    private void error(Row row, int columnIndex, String key, Object... args) {
        problems.add(new RowProblem(row.number(), text(row.cell(columnIndex)), row.cell(columnIndex).reference(),
                RowProblem.Severity.ERROR, message(key, args)));
    }

    private void warning(Row row, WorkbookColumn column, String key, Object... args) {
        problem(row, cell(row, column), column, RowProblem.Severity.WARNING, key, args);
    }

    private void problem(Row row, Cell cell, WorkbookColumn column, RowProblem.Severity severity, String key,
            Object... args) {
        String header = null;
        if (cell != null) {
            header = headerTexts.get(cell.columnIndex());
        }
        if (header == null && column != null) {
            header = column.english();
        }
        problems.add(new RowProblem(row.number(), header, cell == null ? null : cell.reference(), severity,
                message(key, args)));
    }

    private static MessageSourceResolvable message(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args, key);
    }

    // ---- builders ----

    private interface Element {
        String code();

        String title();

        List<PlanDraft.IndicatorDraft> indicators();

        ResultLevel defaultLevel();
    }

    private static final class StrategicBuilder implements Element {
        final int row;
        final StrategicObjectiveCommand command;
        final List<PlanDraft.IndicatorDraft> indicators = new ArrayList<>();
        final List<SpecificBuilder> children = new ArrayList<>();

        StrategicBuilder(int row, StrategicObjectiveCommand command) {
            this.row = row;
            this.command = command;
        }

        public String code() {
            return command.code();
        }

        public String title() {
            return command.title();
        }

        public List<PlanDraft.IndicatorDraft> indicators() {
            return indicators;
        }

        public ResultLevel defaultLevel() {
            return ResultLevel.IMPACT;
        }

        PlanDraft.StrategicObjectiveDraft build() {
            return new PlanDraft.StrategicObjectiveDraft(row, command, List.copyOf(indicators),
                    children.stream().map(SpecificBuilder::build).toList());
        }
    }

    private static final class SpecificBuilder implements Element {
        final int row;
        final SpecificObjectiveCommand command;
        final List<PlanDraft.IndicatorDraft> indicators = new ArrayList<>();
        final List<ActivityBuilder> children = new ArrayList<>();

        SpecificBuilder(int row, SpecificObjectiveCommand command) {
            this.row = row;
            this.command = command;
        }

        public String code() {
            return command.code();
        }

        public String title() {
            return command.title();
        }

        public List<PlanDraft.IndicatorDraft> indicators() {
            return indicators;
        }

        public ResultLevel defaultLevel() {
            return ResultLevel.OUTCOME;
        }

        PlanDraft.SpecificObjectiveDraft build() {
            return new PlanDraft.SpecificObjectiveDraft(row, command, List.copyOf(indicators),
                    children.stream().map(ActivityBuilder::build).toList());
        }
    }

    private static final class ActivityBuilder implements Element {
        final int row;
        final String code;
        final String title;
        String description;
        String expectedResult;
        Long lead;
        final List<Long> supporting = new ArrayList<>();
        String responsiblePerson;
        LocalDate start;
        LocalDate end;
        boolean continuous;
        Frequency frequency;
        String meansOfVerification;
        String assumptions;
        String risks;
        final List<BudgetLineCommand> budget = new ArrayList<>();
        final List<PlanDraft.IndicatorDraft> indicators = new ArrayList<>();

        ActivityBuilder(int row, String code, String title) {
            this.row = row;
            this.code = code;
            this.title = title;
        }

        public String code() {
            return code;
        }

        public String title() {
            return title;
        }

        public List<PlanDraft.IndicatorDraft> indicators() {
            return indicators;
        }

        public ResultLevel defaultLevel() {
            return ResultLevel.OUTPUT;
        }

        PlanDraft.ActivityDraft build() {
            var command = new ActivityCommand(code, title, description, expectedResult, lead, List.copyOf(supporting),
                    responsiblePerson, start, end, continuous, frequency, meansOfVerification, assumptions, risks, null,
                    List.copyOf(budget));
            return new PlanDraft.ActivityDraft(row, command, List.copyOf(indicators));
        }
    }
}
