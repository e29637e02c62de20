package org.ariadne.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.ariadne.common.spreadsheet.Cell;
import org.ariadne.common.spreadsheet.CellKind;
import org.ariadne.common.spreadsheet.Row;
import org.ariadne.common.text.LenientNumber;
import org.ariadne.common.text.NameKey;
import org.ariadne.common.text.Words;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.IndicatorType;

import static org.ariadne.workbook.Cells.fromAbove;
import static org.ariadne.workbook.Cells.text;

/**
 * The values of a row's cells as offices write them: texts as stored (never evaluated), numbers with either
 * decimal mark, years, yes/no words, vocabulary words in any language, several items in one cell. A value that
 * cannot be read becomes a message at its cell, never a silent gap.
 */
final class CellValues {

    private final Vocabulary vocabulary;
    private final HeaderMap header;
    private final ReadingNotes notes;

    CellValues(Vocabulary vocabulary, HeaderMap header, ReadingNotes notes) {
        this.vocabulary = vocabulary;
        this.header = header;
        this.notes = notes;
    }

    void error(Row row, WorkbookColumn column, String key, Object... args) {
        notes.problem(row, header.cell(row, column), column, RowProblem.Severity.ERROR, key, args);
    }

    void warning(Row row, WorkbookColumn column, String key, Object... args) {
        notes.problem(row, header.cell(row, column), column, RowProblem.Severity.WARNING, key, args);
    }

    /** The text of a cell as stored: the export's protective apostrophe removed, never evaluated. */
    String plainText(Row row, WorkbookColumn column) {
        var cell = header.cell(row, column);
        var text = text(cell);
        if (text == null) {
            return null;
        }
        if (cell.kind() == CellKind.FORMULA) {
            return null;
        }
        notes.use(cell);
        // the reader has already removed the protective apostrophe our exports put before = + - @
        if (text.startsWith("=") && cell.kind() == CellKind.TEXT) {
            notes.problem(row, cell, column, RowProblem.Severity.WARNING, "workbook.problem.formula-text", text);
        }
        return text;
    }

    String requiredTitle(Row row) {
        var title = plainText(row, WorkbookColumn.TITLE);
        if (title == null) {
            error(row, WorkbookColumn.TITLE, "workbook.problem.no-title");
            return "";
        }
        return title;
    }

    <E extends Enum<E>> E choice(Row row, WorkbookColumn column, Class<E> type, String problemKey) {
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

    /** A baseline, target or year target: a number, or yes/no words for a yes/no indicator. */
    BigDecimal measurement(Row row, WorkbookColumn column, Cell cell, IndicatorType type) {
        if (cell == null || cell.isEmpty() || fromAbove(cell) && column == null) {
            return null;
        }
        notes.use(cell);
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

    BigDecimal amount(Row row, WorkbookColumn column) {
        var cell = header.cell(row, column);
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        return number(row, column, cell);
    }

    BigDecimal number(Row row, WorkbookColumn column, Cell cell) {
        switch (cell.kind()) {
            case NUMBER -> {
                notes.use(cell);
                return cell.number();
            }
            case TEXT -> {
                var parsed = LenientNumber.parse(cell.text());
                notes.use(cell);
                if (parsed.hasProblem()) {
                    notes.problem(row, cell, column, RowProblem.Severity.ERROR,
                            "workbook.problem.number." + parsed.problemCode(), cell.text());
                    return null;
                }
                if (parsed.ambiguous()) {
                    notes.problem(row, cell, column, RowProblem.Severity.WARNING, "workbook.problem.number.ambiguous",
                            cell.text(), parsed.value().toPlainString());
                }
                return parsed.value();
            }
            case FORMULA -> {
                return null; // reported once per row by the reader
            }
            default -> {
                notes.problem(row, cell, column, RowProblem.Severity.ERROR, "workbook.problem.number.not-a-number",
                        cell.text());
                return null;
            }
        }
    }

    Integer year(Row row, WorkbookColumn column) {
        var cell = header.cell(row, column);
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        notes.use(cell);
        if (cell.kind() == CellKind.DATE && cell.date() != null) {
            return cell.date().getYear();
        }
        var parsed = LenientNumber.parseYear(cell.text());
        if (parsed.hasProblem()) {
            notes.problem(row, cell, column, RowProblem.Severity.ERROR, "workbook.problem.year", cell.text());
            return null;
        }
        return parsed.year();
    }

    /**
     * The indicator type the values themselves say, for an indicator without a type or unit: "60%" in a target
     * makes a percentage, "Po"/"Jo", "да"/"не", "yes"/"no" a yes/no indicator. Noted at the cell that told.
     */
    IndicatorType typeFromValues(Row row, List<Cell> cells) {
        for (var cell : cells) {
            if (cell == null || cell.kind() != CellKind.TEXT || fromAbove(cell) || text(cell) == null) {
                continue;
            }
            var text = text(cell);
            IndicatorType type = null;
            var parsed = LenientNumber.parse(text);
            if (!parsed.hasProblem() && parsed.percent()) {
                type = IndicatorType.PERCENTAGE;
            } else if (!text.matches("[0-9.,]+") && Words.yesNo(text).isPresent()) {
                type = IndicatorType.YES_NO;
            }
            if (type != null) {
                notes.problem(row, cell, null, RowProblem.Severity.WARNING, "workbook.note.type-from-value", text,
                        ReadingNotes.message(type.messageKey()));
                return type;
            }
        }
        return null;
    }

    /** A frequency word written with a period in one cell ("monthly, 2015-2019"): both parts, or null. */
    record FrequencyAndPeriod(Frequency frequency, String period) {
    }

    FrequencyAndPeriod frequencyAndPeriod(String text) {
        if (text == null) {
            return null;
        }
        var parts = text.split("\\s*[,;()]\\s*");
        Frequency frequency = null;
        var rest = new ArrayList<String>();
        for (var part : parts) {
            if (part.isBlank()) {
                continue;
            }
            var asFrequency = frequency == null ? vocabulary.choice(Frequency.class, part) : java.util.Optional.<Frequency>empty();
            if (asFrequency.isPresent() && !part.strip().matches("\\d+")) {
                frequency = asFrequency.get();
            } else {
                rest.add(part.strip());
            }
        }
        return frequency == null || rest.isEmpty() ? null : new FrequencyAndPeriod(frequency, String.join(", ", rest));
    }

    /** The indicator type a unit implies: "%" a percentage, "yes/no" a yes/no indicator, else a number. */
    static IndicatorType typeFromUnit(String unit) {
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

    private static final Pattern ENUMERATION = Pattern.compile("(?:^|\\s)(?:\\d{1,2}|[a-zа-я])\\)\\s+",
            Pattern.UNICODE_CASE);

    /**
     * Several indicators in one cell: separated by line breaks, bullets, ";" or enumerated "1) ... 2) ..." or
     * "a) ... b) ...". A single indicator comes back as it is.
     */
    static List<String> splitItems(String text) {
        var items = new ArrayList<String>();
        var matcher = ENUMERATION.matcher(text);
        var starts = new ArrayList<Integer>();
        while (matcher.find()) {
            starts.add(matcher.start());
        }
        List<String> chunks;
        if (starts.size() >= 2) {
            chunks = new ArrayList<>();
            if (starts.get(0) > 0) {
                chunks.add(text.substring(0, starts.get(0)));
            }
            for (int i = 0; i < starts.size(); i++) {
                chunks.add(text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()));
            }
        } else {
            chunks = List.of(text);
        }
        for (var chunk : chunks) {
            for (var part : chunk.split("\\s*(?:\\r?\\n|;|•|▪|●|○|■)\\s*")) {
                var item = part.strip().replaceFirst("^(?:\\d{1,2}|[a-zа-я])\\)\\s*", "")
                        .replaceFirst("^[-–*·]\\s+", "").strip();
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
        }
        return items.isEmpty() ? List.of(text.strip()) : items;
    }
}
