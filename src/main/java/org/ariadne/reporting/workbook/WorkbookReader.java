package org.ariadne.reporting.workbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ariadne.common.spreadsheet.Cell;
import org.ariadne.common.spreadsheet.CellKind;
import org.ariadne.common.spreadsheet.Grid;
import org.ariadne.common.text.LenientNumber;
import org.ariadne.common.text.NameKey;
import org.ariadne.common.text.Words;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.IndicatorType;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.Breakdown;
import org.ariadne.reporting.ReportSheet;
import org.ariadne.reporting.SpendingCommand;
import org.ariadne.reporting.ValueCommand;
import org.ariadne.reporting.ValueView;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Reads the "Report" sheet of an uploaded workbook whose structure is known to be intact (its fingerprint
 * matched): what it says on each activity and each indicator value, against the report as it is now, with every
 * problem by cell. The checks are those the report itself makes when a part is saved, so that the preview shows
 * them all at once and in place, instead of one refusal at a time on confirmation.
 */
final class WorkbookReader {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** "3", "3.", "3 – Has started", "3) Ka filluar": a status number, with or without its name. */
    private static final Pattern STATUS_NUMBER = Pattern.compile("([1-4])\\s*[.:)\\-–—]?(?:\\s*\\p{L}.*)?", Pattern.DOTALL);
    private static final int MAX_NARRATIVE = 8000;
    private static final int MAX_PROBLEMS = 4000;
    private static final int MAX_NOTE = 2000;

    /** What the workbook says on one activity, and where: the cells of status, narrative, problems, first spending. */
    record ActivityRead(ReportSheet.SheetActivity current, ActivityCells cells, ActivityEntryCommand command) {
    }

    record ActivityCells(String status, String narrative, String problems, String spending) {
    }

    /** What the workbook says on one indicator value, on its row, with its parts in {@code columns} order. */
    record ValueRead(ReportSheet.SheetIndicator indicator, ValueView current, int row, List<String> columns,
            ValueCommand command) {

        String cell(int column) {
            return Columns.reference(row, column);
        }

        String partCell(String partKey) {
            int index = columns.indexOf(partKey);
            return index < 0 ? cell(Columns.TOTAL) : cell(Columns.FIRST_PART + index);
        }
    }

    record Result(List<ActivityRead> activities, List<ValueRead> values, List<CellProblem> problems) {
    }

    private final Grid grid;
    private final TemplateStamp stamp;
    private final ReportSheet current;
    private final InstitutionDirectory directory;
    private final Labels labels;
    private final Map<String, Integer> rows = new HashMap<>();
    private final List<CellProblem> problems = new ArrayList<>();

    private WorkbookReader(Grid grid, TemplateStamp stamp, ReportSheet current, InstitutionDirectory directory,
            Labels labels) {
        this.grid = grid;
        this.stamp = stamp;
        this.current = current;
        this.directory = directory;
        this.labels = labels;
        for (var row : grid.rows()) {
            var key = row.cell(Columns.KEY).text();
            if (!key.isEmpty()) {
                rows.put(key, row.number());
            }
        }
    }

    static Result read(Grid grid, TemplateStamp stamp, ReportSheet current, InstitutionDirectory directory,
            Labels labels) {
        return new WorkbookReader(grid, stamp, current, directory, labels).read();
    }

    private Result read() {
        var activities = new ArrayList<ActivityRead>();
        var values = new ArrayList<ValueRead>();
        for (var key : stamp.parts().keySet()) {
            var fields = key.split(":");
            try {
                if (key.startsWith(RowKeys.ACTIVITY + ":") && fields.length == 2) {
                    activity(Long.parseLong(fields[1])).ifPresent(activities::add);
                } else if (key.startsWith(RowKeys.VALUE + ":") && fields.length == 3) {
                    value(Long.parseLong(fields[1]), LocalDate.parse(fields[2])).ifPresent(values::add);
                }
            } catch (NumberFormatException | java.time.format.DateTimeParseException notOurs) {
                throw ReportbookException.structureEdited();
            }
        }
        outside();
        return new Result(activities, values, List.copyOf(problems));
    }

    // ---- activities ----

    private Optional<ActivityRead> activity(long activityId) {
        Integer titleRow = rows.get(RowKeys.of(RowKeys.ACTIVITY, activityId));
        if (titleRow == null) {
            return Optional.empty();
        }
        var activity = current.activities().stream().filter(a -> a.activity().id() == activityId).findFirst();
        if (activity.isEmpty()) {
            error(cell(titleRow, Columns.CODE), "reportbook.problem.not-in-report", cell(titleRow, Columns.CODE).text());
            return Optional.empty();
        }
        int before = errors();
        var statusCell = cell(row(RowKeys.of(RowKeys.STATUS, activityId)), Columns.ENTRY);
        var status = status(statusCell);
        var narrativeCell = cell(row(RowKeys.of(RowKeys.NARRATIVE, activityId)), Columns.ENTRY);
        var narrative = text(narrativeCell, MAX_NARRATIVE);
        var problemsCell = cell(row(RowKeys.of(RowKeys.PROBLEMS, activityId)), Columns.ENTRY);
        var problemsText = text(problemsCell, MAX_PROBLEMS);
        var spendingCell = Columns.reference(row(RowKeys.spending(activityId, 1)), Columns.SOURCE);
        var spending = new ArrayList<SpendingCommand>();
        for (int line = 1; rows.containsKey(RowKeys.spending(activityId, line)); line++) {
            int row = rows.get(RowKeys.spending(activityId, line));
            var kind = source(cell(row, Columns.SOURCE));
            var amount = number(cell(row, Columns.AMOUNT), 17, 2);
            notNegative(cell(row, Columns.AMOUNT), amount);
            var institution = institution(cell(row, Columns.SOURCE_INSTITUTION));
            spending.add(new SpendingCommand(kind == null ? FundingSourceKind.STATE_BUDGET : kind, institution, amount));
        }
        if (errors() > before) {
            return Optional.empty();
        }
        return Optional.of(new ActivityRead(activity.get(), new ActivityCells(statusCell.reference(),
                narrativeCell.reference(), problemsCell.reference(), spendingCell),
                new ActivityEntryCommand(status, narrative, problemsText, spending)));
    }

    private ActivityStatus status(Cell cell) {
        if (formula(cell) || cell.isEmpty()) {
            return null;
        }
        var text = cell.text();
        if (cell.kind() == CellKind.NUMBER) {
            var value = cell.number();
            if (value.stripTrailingZeros().scale() <= 0 && value.compareTo(BigDecimal.ONE) >= 0
                    && value.compareTo(BigDecimal.valueOf(4)) <= 0) {
                return byNumber(value.intValue());
            }
        }
        var number = STATUS_NUMBER.matcher(text);
        if (number.matches()) {
            return byNumber(Integer.parseInt(number.group(1)));
        }
        for (var status : ActivityStatus.values()) {
            if (labels.statusNames(status).stream().anyMatch(name -> same(name, text))) {
                return status;
            }
        }
        error(cell, "reportbook.problem.status", text, String.join(", ", java.util.Arrays.stream(ActivityStatus.values())
                .map(labels::status).toList()));
        return null;
    }

    private static ActivityStatus byNumber(int number) {
        for (var status : ActivityStatus.values()) {
            if (status.number() == number) {
                return status;
            }
        }
        throw new IllegalArgumentException("no status " + number);
    }

    private FundingSourceKind source(Cell cell) {
        if (formula(cell) || cell.isEmpty()) {
            return null;
        }
        for (var kind : FundingSourceKind.values()) {
            if (labels.fundingNames(kind).stream().anyMatch(name -> same(name, cell.text()))) {
                return kind;
            }
        }
        error(cell, "reportbook.problem.source", cell.text(), String.join(", ",
                java.util.Arrays.stream(FundingSourceKind.values()).map(labels::funding).toList()));
        return null;
    }

    private Long institution(Cell cell) {
        if (formula(cell) || cell.isEmpty()) {
            return null;
        }
        var found = directory.find(cell.text());
        if (found.isEmpty()) {
            error(cell, "reportbook.problem.institution", cell.text());
            return null;
        }
        return found.get().id();
    }

    // ---- indicator values ----

    private Optional<ValueRead> value(long indicatorId, LocalDate startsOn) {
        Integer row = rows.get(RowKeys.value(indicatorId, startsOn));
        if (row == null) {
            return Optional.empty();
        }
        var indicator = current.indicators().filter(i -> i.indicator().id() == indicatorId).findFirst();
        var slot = indicator.flatMap(i -> i.values().stream().filter(v -> v.startsOn().equals(startsOn)).findFirst());
        if (slot.isEmpty()) {
            error(cell(row, Columns.LABEL), "reportbook.problem.not-in-report",
                    cell(row, Columns.LABEL).text() + ", " + cell(row, Columns.PERIOD).text());
            return Optional.empty();
        }
        var columns = stamp.partColumns().getOrDefault(indicatorId, List.of());
        var breakdown = indicator.get().breakdown();
        if (columns.stream().anyMatch(key -> !breakdown.knows(key))) {
            error(cell(row, Columns.LABEL), "reportbook.problem.parts-changed", cell(row, Columns.LABEL).text());
            return Optional.empty();
        }
        int before = errors();
        var type = indicator.get().indicator().type();
        var totalCell = cell(row, Columns.TOTAL);
        var total = type == IndicatorType.YES_NO ? yesNo(totalCell) : number(totalCell, 15, 4);
        BigDecimal numerator = null;
        BigDecimal denominator = null;
        if (type == IndicatorType.PERCENTAGE) {
            numerator = number(cell(row, Columns.NUMERATOR), 15, 4);
            denominator = number(cell(row, Columns.DENOMINATOR), 15, 4);
        }
        var note = text(cell(row, Columns.NOTE), MAX_NOTE);
        var parts = new LinkedHashMap<String, BigDecimal>();
        for (int i = 0; i < columns.size(); i++) {
            var cell = cell(row, Columns.FIRST_PART + i);
            var amount = number(cell, 15, 4);
            notNegative(cell, amount);
            if (amount != null) {
                parts.put(columns.get(i), amount);
            }
        }
        if (errors() > before) {
            return Optional.empty();
        }
        var effective = effectiveTotal(indicator.get(), totalCell, total, numerator, denominator, parts);
        if (errors() > before) {
            return Optional.empty();
        }
        return Optional.of(new ValueRead(indicator.get(), slot.get(), row, columns,
                new ValueCommand(effective, numerator, denominator, parts, note)));
    }

    /**
     * The total the report will keep, checked as the report checks it: a percentage from its numerator and
     * denominator, an empty total as the sum of the parts, each filled group of parts adding up to the total,
     * and the value possible for the indicator's type.
     */
    private BigDecimal effectiveTotal(ReportSheet.SheetIndicator indicator, Cell totalCell, BigDecimal total,
            BigDecimal numerator, BigDecimal denominator, Map<String, BigDecimal> parts) {
        var type = indicator.indicator().type();
        var result = total;
        if (type == IndicatorType.PERCENTAGE && numerator != null && denominator != null) {
            if (denominator.signum() <= 0 || numerator.signum() < 0 || numerator.compareTo(denominator) > 0) {
                error(cell(totalCell.rowNumber(), Columns.NUMERATOR), "reporting.error.value-out-of-range",
                        labels.number(numerator) + " / " + labels.number(denominator));
                return null;
            }
            result = numerator.multiply(HUNDRED).divide(denominator, 4, RoundingMode.HALF_UP);
        }
        for (Breakdown.Group group : indicator.breakdown().groups()) {
            var filled = group.parts().stream().map(part -> parts.get(part.key())).filter(java.util.Objects::nonNull).toList();
            if (filled.isEmpty()) {
                continue;
            }
            var sum = filled.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (result == null) {
                result = sum;
            } else if (result.compareTo(sum) != 0) {
                error(totalCell, "reportbook.problem.parts", labels.number(result), labels.number(sum), labels.group(group));
                return null;
            }
        }
        if (result != null && !fits(indicator, result)) {
            error(totalCell, "reporting.error.value-out-of-range", labels.number(result));
            return null;
        }
        return result;
    }

    private static boolean fits(ReportSheet.SheetIndicator item, BigDecimal value) {
        var indicator = item.indicator();
        return switch (indicator.type()) {
            case PERCENTAGE -> value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
            case YES_NO -> value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0;
            case SCALE -> (indicator.scaleMin() == null || value.compareTo(indicator.scaleMin()) >= 0)
                    && (indicator.scaleMax() == null || value.compareTo(indicator.scaleMax()) <= 0);
            case NUMBER -> true;
        };
    }

    private BigDecimal yesNo(Cell cell) {
        if (cell.kind() == CellKind.BOOLEAN) {
            return Boolean.TRUE.equals(cell.booleanValue()) ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (cell.kind() == CellKind.TEXT) {
            var answer = Words.yesNo(cell.text());
            if (answer.isPresent()) {
                return answer.get() ? BigDecimal.ONE : BigDecimal.ZERO;
            }
            if (LenientNumber.parse(cell.text()).hasProblem()) {
                error(cell, "reportbook.problem.yes-no", cell.text());
                return null;
            }
        }
        return number(cell, 15, 4);
    }

    // ---- cells ----

    private Cell cell(int row, int column) {
        return grid.row(row).cell(column);
    }

    /** The row of a key the writer always puts with the activity's title row. */
    private int row(String key) {
        var row = rows.get(key);
        if (row == null) {
            throw ReportbookException.structureEdited();
        }
        return row;
    }

    private boolean formula(Cell cell) {
        if (cell.kind() == CellKind.FORMULA) {
            error(cell, "reportbook.problem.formula", "=" + cell.formula());
            return true;
        }
        return false;
    }

    private String text(Cell cell, int maxLength) {
        if (formula(cell) || cell.isEmpty()) {
            return null;
        }
        var text = cell.text();
        if (text.length() > maxLength) {
            error(cell, "reportbook.problem.too-long", text.length(), maxLength);
            return null;
        }
        return text;
    }

    /** A number typed in any of the ways people type them; null when blank or wrong (then with a problem). */
    private BigDecimal number(Cell cell, int integerDigits, int fractionDigits) {
        if (formula(cell) || cell.isEmpty()) {
            return null;
        }
        BigDecimal value;
        if (cell.kind() == CellKind.NUMBER) {
            value = cell.number();
        } else if (cell.kind() == CellKind.TEXT) {
            var parsed = LenientNumber.parse(cell.text());
            if (parsed.hasProblem()) {
                error(cell, "reportbook.problem.not-a-number", cell.text());
                return null;
            }
            value = parsed.value();
            if (parsed.ambiguous()) {
                problems.add(problem(cell, CellProblem.Severity.WARNING, "reportbook.problem.read-as", cell.text(),
                        labels.number(value)));
            }
        } else {
            error(cell, "reportbook.problem.not-a-number", cell.text());
            return null;
        }
        var plain = value.stripTrailingZeros();
        if (plain.scale() > fractionDigits) {
            error(cell, "reportbook.problem.too-precise", labels.number(value), fractionDigits);
            return null;
        }
        if (plain.precision() - plain.scale() > integerDigits) {
            error(cell, "reportbook.problem.too-large", labels.number(value));
            return null;
        }
        return value;
    }

    private void notNegative(Cell cell, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            error(cell, "reportbook.problem.negative", labels.number(value));
        }
    }

    /**
     * Values outside the template (possible only once the protection was removed) would be lost without a word;
     * each is named so the user can move it where it belongs.
     */
    private void outside() {
        int firstKeyed = rows.values().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
        int lastColumn = grid.row(1).size() - 1;
        for (var row : grid.rows()) {
            if (row.number() < firstKeyed) {
                continue;
            }
            boolean keyed = !row.cell(Columns.KEY).isEmpty();
            for (var cell : row.cells()) {
                if (cell.isEmpty() || cell.columnIndex() == Columns.KEY) {
                    continue;
                }
                if (!keyed || cell.columnIndex() > lastColumn) {
                    problems.add(problem(cell, CellProblem.Severity.WARNING, "reportbook.problem.outside", cell.text()));
                }
            }
        }
    }

    private static boolean same(String label, String typed) {
        return NameKey.of(label).equals(NameKey.of(typed));
    }

    private int errors() {
        return (int) problems.stream().filter(CellProblem::isError).count();
    }

    private void error(Cell cell, String key, Object... arguments) {
        problems.add(problem(cell, CellProblem.Severity.ERROR, key, arguments));
    }

    private static CellProblem problem(Cell cell, CellProblem.Severity severity, String key, Object... arguments) {
        return new CellProblem(cell.reference(), cell.rowNumber(), severity,
                new DefaultMessageSourceResolvable(new String[] {key}, arguments));
    }
}
