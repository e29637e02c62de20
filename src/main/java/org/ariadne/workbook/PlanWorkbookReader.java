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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

        /** True when the name is an institution the directory (or the user's decisions) already know. */
        default boolean known(String name) {
            return false;
        }
    }

    record Result(PlanDraft draft, List<RowProblem> problems, int headerRow, Integer firstYear, Integer lastYear,
            Map<PlanField, String> fieldHeaders, String sheet, Set<String> accounted) {

        boolean hasErrors() {
            return problems.stream().anyMatch(RowProblem::isError);
        }
    }

    private static final int HEADER_SEARCH_ROWS = 30;

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
    private Integer titleFirstYear;
    private Integer titleLastYear;
    /** Columns of a two-row header: one budget column per funding source or year under a merged "Budget". */
    private final Map<Integer, BudgetColumn> budgetColumns = new TreeMap<>();
    /** Columns of a two-row header: one timeline column per year, marked with an x in the years of work. */
    private final Map<Integer, Integer> timelineYears = new TreeMap<>();
    /** Every cell whose value was imported or named in a message. */
    private final Set<String> accounted = new java.util.HashSet<>();
    private final String sheet;
    private final Set<String> currencies = new java.util.TreeSet<>();
    private BigDecimal multiplier = BigDecimal.ONE;
    /** Numbering levels above the three of the plan ("1.1.1.1" in a four-level plan): sections. */
    private int shift;
    /** Set once the file writes its hierarchy in words or merged rows instead of a code column. */
    private boolean headingMode;
    private StrategicBuilder currentStrategic;
    private SpecificBuilder currentSpecific;
    private String currentSection;
    private boolean sectionNoted;

    private record BudgetColumn(String source, Integer year) {
    }

    private PlanWorkbookReader(Grid grid, Vocabulary vocabulary, InstitutionNames institutions) {
        this.grid = grid;
        this.sheet = grid.sheetName();
        this.vocabulary = vocabulary;
        this.institutions = institutions;
    }

    static Result read(Grid grid, Vocabulary vocabulary, InstitutionNames institutions) {
        return new PlanWorkbookReader(grid, vocabulary, institutions).read();
    }

    private Result read() {
        int headerIndex = findHeader();
        if (headerIndex < 0) {
            problems.add(new RowProblem(sheet, 0, null, null, RowProblem.Severity.ERROR, message("workbook.problem.no-header")));
            return new Result(new PlanDraft(List.of(), fields), problems, 0, null, null, Map.of(), sheet, accounted);
        }
        var rows = grid.rows();
        readTitleRows(headerIndex);
        int dataStart = readSubHeader(headerIndex);
        shift = numberingShift(dataStart);
        var budgetColumn = columnOf(WorkbookColumn.BUDGET);
        readBudgetHeader(budgetColumn == null ? null : headerTexts.get(budgetColumn));
        budgetColumns.keySet().forEach(c -> readBudgetHeader(headerTexts.get(c)));
        int lastTableRow = lastTableRow(dataStart);
        Element current = null;
        boolean skipping = false;
        for (int i = dataStart; i < rows.size(); i++) {
            var row = rows.get(i);
            var values = freshValues(row);
            if (values.isEmpty()) {
                continue;
            }
            if (notPlan(row, values, i > lastTableRow)) {
                continue;
            }
            reportFormulas(row);
            var heading = heading(row, values);
            if (heading != null) {
                current = readHeading(row, heading, values);
                skipping = current == null;
                continue;
            }
            var codeCell = cell(row, WorkbookColumn.CODE);
            var rawCode = fromAbove(codeCell) ? null : text(codeCell);
            var titleCell = cell(row, WorkbookColumn.TITLE);
            var title = fromAbove(titleCell) ? null : text(titleCell);
            Numbered embedded = null;
            if (rawCode == null && title != null) {
                embedded = numbered(title, true);
                if (embedded != null && embedded.title().isBlank()) {
                    embedded = null;
                }
            }
            boolean sameAsCurrent = current != null && rawCode != null
                    && PlanCode.canonical(rawCode).equals(current.code());
            if ((rawCode == null && embedded == null) || sameAsCurrent) {
                if (skipping) {
                    accountRow(row);
                    continue;
                }
                if (title != null && (current == null || !title.equals(current.title()))) {
                    if (currentSpecific != null && (headingMode || cell(row, WorkbookColumn.CODE) == null)) {
                        current = readActivity(row, generatedActivityCode(), title, null);
                        skipping = current == null;
                        continue;
                    }
                    if (current == null && currentSpecific == null) {
                        error(row, WorkbookColumn.CODE, "workbook.problem.no-code");
                        skipping = true;
                        accountRow(row);
                        continue;
                    }
                    error(row, WorkbookColumn.CODE, "workbook.problem.code-missing", title);
                    accountRow(row);
                    continue;
                }
                if (current == null) {
                    error(row, WorkbookColumn.CODE, "workbook.problem.no-code");
                    skipping = true;
                    accountRow(row);
                    continue;
                }
                readContinuation(row, current);
                continue;
            }
            var code = rawCode != null ? codeOf(rawCode) : codeOf(embedded);
            if (code == null) {
                if (rawCode != null && currentSpecific != null && headingMode && title != null) {
                    // "1", "2", ... counting the activities of a measure: the plan's own numbering within it
                    use(codeCell);
                    current = readActivity(row, generatedActivityCode(), title, null);
                    skipping = current == null;
                    continue;
                }
                error(row, WorkbookColumn.CODE, "workbook.problem.bad-code", rawCode != null ? rawCode : title);
                accountRow(row);
                current = null;
                skipping = true;
                continue;
            }
            if (code.section()) {
                use(codeCell);
                current = readHeading(row, new Numbered(Kind.SECTION, code.numbers(), title == null ? "" : title, rawCode),
                        values);
                skipping = current == null;
                continue;
            }
            var planCode = code.code();
            if (headingMode && planCode.kind() != PlanCode.Kind.ACTIVITY && currentSpecific != null
                    && hasActivityData(row)) {
                // "1", "2" or "1.1" on a row with institutions or indicators, under a measure: an activity
                use(codeCell);
                current = readActivity(row, generatedActivityCode(), embedded != null ? embedded.title()
                        : title == null ? "" : title, null);
                skipping = current == null;
                continue;
            }
            skipping = false;
            if (headingMode || shift > 0) {
                // the file numbers its levels its own way (restarting in every section): keep its numbers where free
                if (planCode.kind() == PlanCode.Kind.STRATEGIC_OBJECTIVE) {
                    planCode = PlanCode.parse(preferredCode(planCode.numbers(), 1, null)).orElseThrow();
                } else if (planCode.kind() == PlanCode.Kind.SPECIFIC_OBJECTIVE && currentStrategic != null) {
                    planCode = PlanCode.parse(preferredCode(planCode.numbers(), 2, currentStrategic)).orElseThrow();
                }
            }
            var canonical = planCode.toString();
            if (planCode.kind() == PlanCode.Kind.ACTIVITY && (headingMode || shift > 0) && currentSpecific != null
                    && !planCode.parent().orElseThrow().toString().equals(currentSpecific.code())) {
                canonical = generatedActivityCode();
                planCode = PlanCode.parse(canonical).orElseThrow();
            }
            var earlier = codeRows.putIfAbsent(canonical, row.number());
            if (earlier != null) {
                error(row, WorkbookColumn.CODE, "workbook.problem.duplicate-code", canonical, String.valueOf(earlier));
                accountRow(row);
                current = null;
                skipping = true;
                continue;
            }
            use(codeCell);
            var ownTitle = embedded != null ? embedded.title() : null;
            current = switch (planCode.kind()) {
                case STRATEGIC_OBJECTIVE -> readStrategic(row, canonical, ownTitle);
                case SPECIFIC_OBJECTIVE -> readSpecific(row, canonical, planCode, ownTitle);
                case ACTIVITY -> readActivity(row, canonical, ownTitle, planCode);
            };
            skipping = current == null;
        }
        if (objectives.isEmpty() && problems.stream().noneMatch(RowProblem::isError)) {
            problems.add(new RowProblem(sheet, headerIndex + 1, null, null, RowProblem.Severity.ERROR,
                    message("workbook.problem.no-rows")));
        }
        noteValueConventions(rows.get(headerIndex));
        reportUnaccounted(dataStart);
        var draft = new PlanDraft(objectives.stream().map(StrategicBuilder::build).toList(), fields);
        var fieldHeaders = new HashMap<PlanField, String>();
        columns.forEach((index, column) -> fieldHeaders.putIfAbsent(column.field(), headerTexts.get(index)));
        if (titleFirstYear != null) {
            firstYear = titleFirstYear;
            lastYear = titleLastYear;
        }
        return new Result(draft, problems, rows.get(headerIndex).number(), firstYear, lastYear, fieldHeaders, sheet,
                accounted);
    }

    // ---- header ----

    /** How much a sheet looks like the plan table: the most headers recognised in one of its first rows. */
    static int score(Grid grid, Vocabulary vocabulary) {
        var rows = grid.rows();
        int best = 0;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
            var found = EnumSet.noneOf(WorkbookColumn.class);
            for (var cell : rows.get(i).cells()) {
                if (!isCopy(cell)) {
                    vocabulary.header(text(cell)).ifPresent(found::add);
                }
            }
            if (found.contains(WorkbookColumn.TITLE)) {
                best = Math.max(best, found.size() + (found.contains(WorkbookColumn.CODE) ? 1 : 0));
            }
        }
        return best;
    }

    /**
     * The header is the row among the first ones with a Title column (Activity, Measure, ...) and the most other
     * recognised columns; title rows above it ("Action plan 2016-2019") are not headers.
     */
    private int findHeader() {
        var rows = grid.rows();
        int best = -1;
        int bestScore = 0;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
            var found = EnumSet.noneOf(WorkbookColumn.class);
            for (var cell : rows.get(i).cells()) {
                if (!isCopy(cell)) {
                    vocabulary.header(text(cell)).ifPresent(found::add);
                }
            }
            int score = found.size() + (found.contains(WorkbookColumn.CODE) ? 1 : 0);
            if (found.contains(WorkbookColumn.TITLE) && (found.contains(WorkbookColumn.CODE) || found.size() >= 3)
                    && score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0) {
            return -1;
        }
        var row = rows.get(best);
        var years = new TreeMap<Integer, Integer>();
        var found = new LinkedHashMap<Integer, WorkbookColumn>();
        for (int c = 0; c < row.size(); c++) {
            var cell = row.cell(c);
            var text = text(cell);
            if (text == null || isCopy(cell)) {
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
        var seen = EnumSet.noneOf(WorkbookColumn.class);
        for (var entry : found.entrySet()) {
            var column = entry.getValue();
            if (column == WorkbookColumn.START && seen.contains(WorkbookColumn.START) && !seen.contains(WorkbookColumn.END)) {
                column = WorkbookColumn.END; // "Timeline | Deadline": from, to
            }
            if (!seen.add(column)) {
                error(row, entry.getKey(), "workbook.problem.duplicate-column", text(row.cell(entry.getKey())));
                continue;
            }
            columns.put(entry.getKey(), column);
            fields.add(column.field());
            headerTexts.put(entry.getKey(), text(row.cell(entry.getKey())));
            use(row.cell(entry.getKey()));
        }
        years.forEach((c, year) -> {
            yearTargetColumns.put(c, year);
            headerTexts.put(c, text(row.cell(c)));
            fields.add(PlanField.YEAR_TARGETS);
            use(row.cell(c));
        });
        return best;
    }

    /** Years in the title rows above the header ("Action plan 2016-2019") give the plan's period. */
    private void readTitleRows(int headerIndex) {
        var range = Pattern.compile("((?:19|20)\\d\\d)\\s*(?:-|–|—|to|deri|do|до)\\s*((?:19|20)\\d\\d)");
        for (int i = 0; i < headerIndex; i++) {
            for (var cell : grid.rows().get(i).cells()) {
                var text = text(cell);
                if (text == null || isCopy(cell)) {
                    continue;
                }
                var matcher = range.matcher(text);
                if (matcher.find() && titleFirstYear == null) {
                    titleFirstYear = Integer.valueOf(matcher.group(1));
                    titleLastYear = Integer.valueOf(matcher.group(2));
                    noteAt(cell, "workbook.note.title-period", text, titleFirstYear, titleLastYear);
                } else {
                    noteAt(cell, "workbook.note.title-row", text);
                }
            }
        }
    }

    /**
     * A second header row under group headers merged over several columns: "Budget (EUR)" over "State budget |
     * Donors", "Timeline" over "2016 | 2017 | 2018". Returns the index of the first data row.
     */
    private int readSubHeader(int headerIndex) {
        var rows = grid.rows();
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
                var asColumn = vocabulary.header(subText);
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
                use(sub);
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
                if (text(cell) != null && !isCopy(cell) && !accounted.contains(cell.reference())) {
                    var asColumn = vocabulary.header(text(cell));
                    if (asColumn.isPresent() && !columns.containsValue(asColumn.get())) {
                        columns.put(cell.columnIndex(), asColumn.get());
                        fields.add(asColumn.get().field());
                        headerTexts.put(cell.columnIndex(), text(cell));
                        use(cell);
                    }
                }
            }
        }
        return used ? headerIndex + 2 : headerIndex + 1;
    }

    /** "1.1.1.1" in the file: the plan has levels above its strategic objectives, read as sections. */
    private int numberingShift(int dataStart) {
        int deepest = 0;
        var rows = grid.rows();
        for (int i = dataStart; i < rows.size(); i++) {
            var row = rows.get(i);
            var code = text(cell(row, WorkbookColumn.CODE));
            var candidates = new ArrayList<String>();
            if (code != null) {
                candidates.add(code);
            }
            var values = freshValues(row);
            if (values.size() == 1) {
                candidates.add(text(values.get(0)));
            }
            var title = text(cell(row, WorkbookColumn.TITLE));
            if (code == null && title != null) {
                candidates.add(title);
            }
            for (var candidate : candidates) {
                var numbered = numbered(candidate, false);
                if (numbered != null && numbered.numbers() != null && numbered.kind() != Kind.SECTION) {
                    deepest = Math.max(deepest, numbered.numbers().size());
                }
            }
        }
        return Math.max(0, deepest - 3);
    }

    /** The last row of the table: rows after it with a single value are notes under the table. */
    private int lastTableRow(int dataStart) {
        var rows = grid.rows();
        for (int i = rows.size() - 1; i >= dataStart; i--) {
            if (freshValues(rows.get(i)).size() >= 2) {
                return i;
            }
        }
        return rows.size() - 1;
    }

    // ---- rows that are not plan ----

    private static final Pattern NOT_PLAN = Pattern.compile("^(total|totals|grand total|subtotal|sub total|sum|totali|"
            + "gjithsej|shuma|shuma totale|ukupno|ukupan iznos|svega|vkupno|sevkupno|prepared by|pergatitur nga|"
            + "pergatiti|hartoi|pripremio|pripremila|pripremili|podgotvil|podgotvila|izgotvil|izgotvila|signature|"
            + "signed|nenshkrimi|nenshkruar|potpis|approved by|miratuar nga|miratoi|odobrio|odobrila|odobril|date|"
            + "data|datum|note|notes|shenim|shenime|napomena|napomene|zabeleshka|zabeleska|source|burimi i te dhenave|"
            + "izvor podataka|legend|legjenda|legenda|m p|mp|v d)( .*)?$");

    /** Totals, signatures, "Prepared by", notes under the table: not part of the plan, named in a note. */
    private boolean notPlan(Row row, List<Cell> values, boolean afterTable) {
        var first = values.get(0);
        var key = NameKey.of(text(first));
        boolean words = NOT_PLAN.matcher(key).matches() && !(values.size() > 3 && !key.startsWith("total")
                && !key.startsWith("ukupno") && !key.startsWith("gjithsej") && !key.startsWith("vkupno"));
        boolean footnote = text(first).startsWith("*") || text(first).startsWith("¹");
        if (!words && !footnote && !(afterTable && values.size() == 1 && !headingLike(text(first)))) {
            return false;
        }
        var texts = values.stream().map(PlanWorkbookReader::text).toList();
        var key2 = key.startsWith("total") || key.startsWith("ukupno") || key.startsWith("gjithsej")
                || key.startsWith("vkupno") || key.startsWith("sum") || key.startsWith("shuma") || key.startsWith("svega")
                || key.startsWith("sevkupno") || key.startsWith("subtotal") || key.startsWith("grand")
                ? "workbook.note.totals-row" : "workbook.note.not-plan-row";
        problems.add(new RowProblem(sheet, row.number(), null, first.reference(), RowProblem.Severity.WARNING,
                message(key2, String.join(" | ", texts))));
        accountRow(row);
        return true;
    }

    private boolean headingLike(String text) {
        var numbered = numbered(text, false);
        return numbered != null && numbered.kind() != null;
    }

    // ---- hierarchy written in words ----

    enum Kind {
        SECTION, STRATEGIC, SPECIFIC, ACTIVITY
    }

    /** A number (and the words before it) at the start of a text, and the title after it. */
    record Numbered(Kind kind, List<Integer> numbers, String title, String original) {
    }

    private static final Pattern NUMBERED = Pattern.compile(
            "^([^\\d:]{0,60}?)\\s*(\\d{1,3}(?:\\s*\\.\\s*\\d{1,3})*)\\.?\\s*(?:[:.)\\-–—]\\s*)?(.*)$", Pattern.DOTALL);
    private static final Pattern ROMAN = Pattern.compile("^([IVXLC]{1,6})[.)]?\\s+(.+)$", Pattern.DOTALL);

    private static final List<String> STRATEGIC_WORDS = List.of("strategic objective", "strategic goal",
            "general objective", "overall objective", "strategic priority", "objektivi strategjik", "qellimi strategjik",
            "objektivi i pergjithshem", "qellimi i pergjithshem", "strateski cilj", "strateshki cilj", "strateska cel",
            "strateshka cel", "opsti cilj", "opshti cilj", "opshta cel", "opsta cel", "generalni cilj", "strateski prioritet",
            "strategic aim", "goal", "cilj", "qellimi");
    private static final List<String> SPECIFIC_WORDS = List.of("specific objective", "objektivi specifik",
            "objektivat specifike", "poseban cilj", "posebni cilj", "posebna cel", "specificna cel", "specifichna cel",
            "specifichen cel", "specifican cilj", "measure", "measures", "masa", "masat", "mera", "mere", "mjera", "mjere",
            "merka", "merki", "operational objective", "objektivi operacional", "operativni cilj", "result",
            "rezultati", "rezultat", "so", "os", "po", "sc", "sco");
    private static final List<String> ACTIVITY_WORDS = List.of("a", "activity", "aktiviteti", "aktivnost", "akt",
            "aktivnosti", "action");
    private static final List<String> SECTION_WORDS = List.of("section", "chapter", "part", "pillar", "area",
            "strategic area", "thematic area", "priority area", "seksioni", "kapitulli", "pjesa", "shtylla", "fusha",
            "poglavlje", "poglavje", "deo", "dio", "del", "oblast", "stub", "glava", "podracje", "prioritet",
            "priority");

    /**
     * Reads "STRATEGIC OBJECTIVE 1: ...", "Objektivi specifik 1.1 ...", "Мера 1.1", "A1.1.1 Organise ...",
     * "1.1.1. Organise ...", "II. GENERAL MEASURES". {@code strictTitle}: a title cell counts only with a code
     * that has at least two numbers or a known word before it (a title "2016 campaign" is not numbered).
     */
    private Numbered numbered(String text, boolean strictTitle) {
        if (text == null) {
            return null;
        }
        var roman = ROMAN.matcher(text.strip());
        if (roman.matches() && !strictTitle) {
            return new Numbered(Kind.SECTION, null, roman.group(2).strip(), roman.group(1));
        }
        Matcher matcher = NUMBERED.matcher(text.strip());
        if (!matcher.matches()) {
            return null;
        }
        var prefix = NameKey.of(matcher.group(1));
        var numbers = java.util.Arrays.stream(matcher.group(2).split("\\.")).map(String::strip).map(Integer::valueOf)
                .toList();
        if (numbers.stream().anyMatch(n -> n < 1) || numbers.get(0) >= 1900) {
            return null;
        }
        var title = matcher.group(3).strip();
        Kind kind;
        if (prefix.isEmpty()) {
            if (strictTitle && numbers.size() < 2) {
                return null;
            }
            kind = null; // decided by depth
        } else if (ACTIVITY_WORDS.contains(prefix)) {
            kind = Kind.ACTIVITY;
        } else if (SECTION_WORDS.contains(prefix)) {
            kind = Kind.SECTION;
        } else if (SPECIFIC_WORDS.contains(prefix) || prefix.startsWith("specific") || prefix.startsWith("posebn")) {
            kind = Kind.SPECIFIC;
        } else if (STRATEGIC_WORDS.contains(prefix) || prefix.contains("objective") || prefix.contains("objektiv")
                || prefix.contains("cilj") || prefix.endsWith("cel") || prefix.contains("qellim")) {
            kind = Kind.STRATEGIC;
        } else {
            return null;
        }
        return new Numbered(kind, numbers, title, text.strip());
    }

    /** A plan code for a number read from the file, after dropping the section levels above the plan's three. */
    private record Code(PlanCode code, boolean section, List<Integer> numbers) {
    }

    private Code codeOf(String raw) {
        var parsed = PlanCode.parse(raw);
        if (parsed.isPresent() && shift == 0) {
            return new Code(parsed.get(), false, parsed.get().numbers());
        }
        return codeOf(numbered(raw, false));
    }

    private Code codeOf(Numbered numbered) {
        if (numbered == null || numbered.numbers() == null) {
            return numbered != null && numbered.kind() == Kind.SECTION ? new Code(null, true, null) : null;
        }
        var numbers = numbered.numbers();
        if (numbered.kind() == Kind.SECTION || numbers.size() <= shift) {
            return new Code(null, true, numbers);
        }
        var own = numbers.subList(Math.min(shift, numbers.size() - 1), numbers.size());
        if (numbered.kind() == Kind.ACTIVITY && own.size() != 3 || own.size() > 3) {
            return null;
        }
        var kind = switch (own.size()) {
            case 1 -> PlanCode.Kind.STRATEGIC_OBJECTIVE;
            case 2 -> PlanCode.Kind.SPECIFIC_OBJECTIVE;
            default -> PlanCode.Kind.ACTIVITY;
        };
        return new Code(new PlanCode(kind, own), false, numbers);
    }

    /** A row that only names a level of the hierarchy: one value (a merged cell, or the only cell filled). */
    private Numbered heading(Row row, List<Cell> values) {
        if (values.size() != 1) {
            return null;
        }
        var cell = values.get(0);
        var text = text(cell);
        var mapped = columns.get(cell.columnIndex());
        if (mapped != null && mapped != WorkbookColumn.CODE && mapped != WorkbookColumn.TITLE && !cell.isMerged()) {
            return null; // a lone indicator, institution or amount continues the element above
        }
        var codeColumn = columnOf(WorkbookColumn.CODE);
        if (codeColumn != null && cell.columnIndex() == codeColumn && cell.mergedFrom() == null
                && PlanCode.parse(text).isPresent()) {
            return null; // a code alone in its column: an objective without title, reported as such
        }
        var numbered = numbered(text, false);
        if (numbered != null && (numbered.kind() != null || numbered.numbers() != null)) {
            if (numbered.title().isBlank() && numbered.kind() == Kind.ACTIVITY) {
                return null;
            }
            if (numbered.kind() == Kind.ACTIVITY || numbered.kind() == null && numbered.numbers().size() - shift >= 3) {
                return null; // an activity with nothing but its title
            }
            return numbered;
        }
        var key = NameKey.of(text);
        for (var word : STRATEGIC_WORDS) {
            if (key.startsWith(word + " ") && word.length() > 5) {
                return new Numbered(Kind.STRATEGIC, null, text.substring(Math.min(text.length(), word.length())).replaceFirst(
                        "^[\\s:.\\-–—]+", ""), text);
            }
        }
        for (var word : SPECIFIC_WORDS) {
            if (key.startsWith(word + " ") && word.length() > 3) {
                return new Numbered(Kind.SPECIFIC, null, text.substring(Math.min(text.length(), word.length())).replaceFirst(
                        "^[\\s:.\\-–—]+", ""), text);
            }
        }
        var titleColumn = columnOf(WorkbookColumn.TITLE);
        boolean inTitle = titleColumn != null && cell.columnIndex() == titleColumn && !cell.isMerged();
        if (inTitle && (headingMode || currentSpecific != null)) {
            return null; // an activity with nothing but its title
        }
        return new Numbered(Kind.SECTION, null, text, text);
    }

    private Element readHeading(Row row, Numbered heading, List<Cell> values) {
        headingMode = true;
        var cell = values.get(0);
        var kind = heading.kind();
        var numbers = heading.numbers();
        if (kind == null || numbers != null && kind != Kind.SECTION) {
            int depth = numbers == null ? 0 : numbers.size() - shift;
            if (numbers != null && depth <= 0) {
                kind = Kind.SECTION;
            } else if (numbers != null) {
                kind = depth == 1 ? Kind.STRATEGIC : depth == 2 ? Kind.SPECIFIC : Kind.ACTIVITY;
            }
        }
        for (var value : values) {
            use(value);
        }
        var title = heading.title().isBlank() ? heading.original() : heading.title();
        switch (kind) {
            case SECTION -> {
                currentSection = title;
                var area = areaIn(title);
                noteAt(cell, sectionNoted ? "workbook.note.section" : "workbook.note.section-first", title,
                        area == null ? "—" : message(area.messageKey()));
                sectionNoted = true;
                currentStrategic = null;
                currentSpecific = null;
                return null;
            }
            case STRATEGIC -> {
                var code = preferredCode(numbers, 1, null);
                codeRows.putIfAbsent(code, row.number());
                var element = addStrategic(row, code, title, null);
                return element;
            }
            case SPECIFIC -> {
                if (currentStrategic == null) {
                    // a measure without an objective above it: the measure is the plan's top level here
                    var soCode = preferredCode(null, 1, null);
                    addStrategic(row, soCode, currentSection != null ? currentSection : title, null);
                    noteAt(cell, "workbook.note.objective-added", soCode, currentSection != null ? currentSection : title);
                }
                var code = preferredCode(numbers, 2, currentStrategic);
                codeRows.putIfAbsent(code, row.number());
                return addSpecific(row, code, title);
            }
            default -> {
                return null;
            }
        }
    }

    /** The file's number when it fits the level and is free, else the next free one. */
    private String preferredCode(List<Integer> numbers, int level, StrategicBuilder parent) {
        if (level == 1) {
            if (numbers != null) {
                var candidate = "SO " + numbers.get(numbers.size() - 1);
                if (!strategicByCode.containsKey(candidate)) {
                    return candidate;
                }
            }
            int n = 1;
            while (strategicByCode.containsKey("SO " + n)) {
                n++;
            }
            return "SO " + n;
        }
        var prefix = parent.code() + ".";
        if (numbers != null) {
            var candidate = prefix + numbers.get(numbers.size() - 1);
            if (!specificByCode.containsKey(candidate)) {
                return candidate;
            }
        }
        int n = 1;
        while (specificByCode.containsKey(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    private String generatedActivityCode() {
        var base = "A" + currentSpecific.code().substring(3) + ".";
        int n = 1;
        while (codeRows.containsKey(base + n)) {
            n++;
        }
        return base + n;
    }

    private boolean hasActivityData(Row row) {
        for (var column : List.of(WorkbookColumn.LEAD_INSTITUTION, WorkbookColumn.SUPPORTING_INSTITUTIONS,
                WorkbookColumn.START, WorkbookColumn.BUDGET, WorkbookColumn.INDICATOR)) {
            var cell = cell(row, column);
            if (text(cell) != null && !fromAbove(cell)) {
                return true;
            }
        }
        return false;
    }

    /** The cells of a row holding a value of their own (not a copy of a merged cell from above or to the left). */
    private static List<Cell> freshValues(Row row) {
        var values = new ArrayList<Cell>();
        for (var cell : row.cells()) {
            if (text(cell) != null && !isCopy(cell)) {
                values.add(cell);
            }
        }
        return values;
    }

    private static boolean isCopy(Cell cell) {
        return cell.mergedFrom() != null && !cell.mergedFrom().equals(cell.reference());
    }

    private Integer columnOf(WorkbookColumn column) {
        for (var entry : columns.entrySet()) {
            if (entry.getValue() == column) {
                return entry.getKey();
            }
        }
        return null;
    }

    // ---- no silent loss ----

    private void use(Cell cell) {
        if (cell != null && !cell.isEmpty()) {
            accounted.add(cell.reference());
        }
    }

    private void accountRow(Row row) {
        for (var cell : row.cells()) {
            use(cell);
        }
    }

    private void noteAt(Cell cell, String key, Object... args) {
        problems.add(new RowProblem(sheet, cell.rowNumber(), headerTexts.get(cell.columnIndex()), cell.reference(),
                RowProblem.Severity.WARNING, message(key, args)));
        use(cell);
    }

    private void noteValueConventions(Row header) {
        if (!currencies.isEmpty() || multiplier.compareTo(BigDecimal.ONE) != 0) {
            var budgetColumn = columnOf(WorkbookColumn.BUDGET);
            var cell = budgetColumn != null ? header.cell(budgetColumn)
                    : budgetColumns.isEmpty() ? null : header.cell(budgetColumns.keySet().iterator().next());
            problems.add(new RowProblem(sheet, header.number(), cell == null ? null : headerTexts.get(cell.columnIndex()),
                    cell == null ? null : cell.reference(), RowProblem.Severity.WARNING,
                    message("workbook.note.currency", currencies.isEmpty() ? "—" : String.join(", ", currencies),
                            multiplier.toPlainString())));
        }
    }

    /**
     * Every value that was neither imported nor named in a message is named now, one message per column: nothing
     * in the file is lost without the preview saying so.
     */
    private void reportUnaccounted(int dataStart) {
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
            problems.add(new RowProblem(sheet, first.rowNumber(), header, refs, RowProblem.Severity.WARNING,
                    message(key, header == null ? text(first) : header, cells.size(), refs)));
            cells.forEach(this::use);
        });
    }

    // ---- element rows ----

    private Element readStrategic(Row row, String code, String ownTitle) {
        var title = ownTitle != null ? ownTitle : requiredTitle(row);
        use(cell(row, WorkbookColumn.TITLE));
        ThematicArea area = choice(row, WorkbookColumn.THEMATIC_AREA, ThematicArea.class, "workbook.problem.bad-area");
        warnIgnored(row, WorkbookColumn.Scope.ROW, WorkbookColumn.THEMATIC_AREA);
        var builder = addStrategic(row, code, title, area);
        readIndicatorAndBudget(row, builder, ResultLevel.IMPACT);
        return builder;
    }

    private StrategicBuilder addStrategic(Row row, String code, String title, ThematicArea area) {
        var areaCell = cell(row, WorkbookColumn.THEMATIC_AREA);
        if (area == null && (areaCell == null || text(areaCell) == null)) {
            // the plan names its areas in its sections or objectives ("PROTECTION OF VICTIMS", "Parandalimi ...")
            var guessed = currentSection == null ? null : areaIn(currentSection);
            if (guessed == null) {
                guessed = areaIn(title);
            }
            var place = freshValues(row).isEmpty() ? null : freshValues(row).get(0);
            if (guessed != null) {
                area = guessed;
                if (place != null) {
                    noteAt(place, "workbook.note.area-from-title", code, message(guessed.messageKey()));
                }
            } else if (place != null) {
                problems.add(new RowProblem(sheet, row.number(), headerTexts.get(place.columnIndex()), place.reference(),
                        RowProblem.Severity.ERROR, message("workbook.problem.no-area", code, title)));
            }
        }
        var builder = new StrategicBuilder(row.number(), new StrategicObjectiveCommand(code, title, null, area));
        objectives.add(builder);
        strategicByCode.put(code, builder);
        currentStrategic = builder;
        currentSpecific = null;
        return builder;
    }

    private static final Map<ThematicArea, Pattern> AREA_WORDS = Map.of(
            ThematicArea.PREVENTION, Pattern.compile("\\b(prevent\\w*|parandal\\w*|prevenc\\w*|prevencij\\w*|"
                    + "prevencii\\w*|awareness|ndergjegjes\\w*)"),
            ThematicArea.PROTECTION, Pattern.compile("\\b(protect\\w*|mbroj\\w*|zastit\\w*|zastit\\w*|zastita|"
                    + "assistance|asistenc\\w*|pomoc\\w*|pomos\\w*|victims?|viktim\\w*|zrtv\\w*|identification|"
                    + "identifikim\\w*|identifikacij\\w*|referral|support services|reintegr\\w*)"),
            ThematicArea.PROSECUTION, Pattern.compile("\\b(prosecut\\w*|ndjek\\w*|krivicn\\w*|krivichn\\w*|"
                    + "gonjenj\\w*|progon\\w*|judicial|investigat\\w*|hetim\\w*|detection|otkrivanj\\w*)"),
            ThematicArea.PARTNERSHIP, Pattern.compile("\\b(partner\\w*|cooperat\\w*|coordinat\\w*|bashkepun\\w*|"
                    + "koordin\\w*|saradnj\\w*|sorabot\\w*|suradnj\\w*)"),
            ThematicArea.CHILDREN, Pattern.compile("\\b(child\\w*|femij\\w*|dece|decu|djec\\w*|deca|decata)\\b"),
            ThematicArea.SUPPORTING_FRAMEWORK, Pattern.compile("\\b(framework|legal|legislat\\w*|korniz\\w*|"
                    + "ligj\\w*|zakon\\w*|okvir\\w*|ramka|general measures|support systems|institutional)"));

    /** The thematic area a title or section names in any of the languages, when it names exactly one. */
    private ThematicArea areaIn(String text) {
        var exact = vocabulary.choice(ThematicArea.class, text);
        if (exact.isPresent()) {
            return exact.get();
        }
        var key = NameKey.of(text);
        var found = AREA_WORDS.entrySet().stream().filter(entry -> entry.getValue().matcher(key).find())
                .map(Map.Entry::getKey).toList();
        if (found.size() == 1) {
            return found.get(0);
        }
        // "prevention of child trafficking" names two; the first word of the title decides
        return found.stream().min(java.util.Comparator.comparingInt(area -> {
            var matcher = AREA_WORDS.get(area).matcher(key);
            return matcher.find() ? matcher.start() : Integer.MAX_VALUE;
        })).orElse(null);
    }

    private Element readSpecific(Row row, String code, PlanCode parsed, String ownTitle) {
        var parentCode = parsed.parent().orElseThrow().toString();
        var parent = strategicByCode.get(parentCode);
        if (parent == null) {
            error(row, WorkbookColumn.CODE, "workbook.problem.no-parent", code, parentCode);
            accountRow(row);
            return null;
        }
        currentStrategic = parent;
        var title = ownTitle != null ? ownTitle : requiredTitle(row);
        use(cell(row, WorkbookColumn.TITLE));
        warnIgnored(row, WorkbookColumn.Scope.ROW);
        var builder = addSpecific(row, code, title);
        readIndicatorAndBudget(row, builder, ResultLevel.OUTCOME);
        return builder;
    }

    private SpecificBuilder addSpecific(Row row, String code, String title) {
        var builder = new SpecificBuilder(row.number(), new SpecificObjectiveCommand(code, title, null));
        currentStrategic.children.add(builder);
        specificByCode.put(code, builder);
        currentSpecific = builder;
        return builder;
    }

    private Element readActivity(Row row, String code, String ownTitle, PlanCode parsed) {
        SpecificBuilder parent;
        if (parsed == null) {
            parent = currentSpecific;
            codeRows.putIfAbsent(code, row.number());
            use(cell(row, WorkbookColumn.CODE));
        } else {
            var parentCode = parsed.parent().orElseThrow().toString();
            parent = specificByCode.get(parentCode);
            if (parent == null) {
                error(row, WorkbookColumn.CODE, "workbook.problem.no-parent", code, parentCode);
                accountRow(row);
                return null;
            }
        }
        var title = ownTitle != null ? ownTitle : requiredTitle(row);
        use(cell(row, WorkbookColumn.TITLE));
        var builder = new ActivityBuilder(row.number(), code, title);
        builder.description = plainText(row, WorkbookColumn.DESCRIPTION);
        builder.expectedResult = plainText(row, WorkbookColumn.EXPECTED_RESULT);
        var leads = institutionNames(row, WorkbookColumn.LEAD_INSTITUTION);
        if (!leads.isEmpty()) {
            builder.lead = institutions.idFor(leads.get(0), InstitutionRole.LEAD, row.number());
            if (leads.size() > 1) {
                warning(row, WorkbookColumn.LEAD_INSTITUTION, "workbook.note.several-leads", leads.get(0),
                        String.join("; ", leads.subList(1, leads.size())));
                for (var name : leads.subList(1, leads.size())) {
                    addSupporting(builder, institutions.idFor(name, InstitutionRole.SUPPORTING, row.number()));
                }
            }
        }
        for (var name : institutionNames(row, WorkbookColumn.SUPPORTING_INSTITUTIONS)) {
            addSupporting(builder, institutions.idFor(name, InstitutionRole.SUPPORTING, row.number()));
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

    private static void addSupporting(ActivityBuilder builder, Long id) {
        if (!builder.supporting.contains(id) && !id.equals(builder.lead)) {
            builder.supporting.add(id);
        }
    }

    private static final Pattern STRONG_SEPARATORS = Pattern.compile("\\s*(?:;|\\r?\\n|•|·)\\s*");
    private static final Pattern WEAK_SEPARATORS = Pattern.compile(
            "\\s*(?:,|/|&|\\+|\\band\\b|\\bdhe\\b|\\bи\\b|\\bi\\b|\\bе\\b|\\bkao i\\b)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The institutions named in a cell. Line breaks and ; always separate names; commas, slashes and "and", "dhe",
     * "и" only when the directory knows every piece, because a name itself may hold them ("Ministry of Labour and
     * Social Welfare"). An unknown name that still holds one of them is asked about, never created as it is.
     */
    private List<String> institutionNames(Row row, WorkbookColumn column) {
        var text = plainText(row, column);
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
            var pieces = java.util.Arrays.stream(WEAK_SEPARATORS.split(name)).map(String::strip)
                    .filter(piece -> !piece.isEmpty()).toList();
            if (pieces.size() > 1 && pieces.stream().allMatch(institutions::known)) {
                names.addAll(pieces);
            } else {
                names.add(name);
            }
        }
        return names.stream().distinct().toList();
    }

    private void readContinuation(Row row, Element current) {
        readIndicatorAndBudget(row, current, current.defaultLevel());
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

    private void readIndicatorAndBudget(Row row, Element element, ResultLevel defaultLevel) {
        var nameCell = cell(row, WorkbookColumn.INDICATOR);
        var name = fromAbove(nameCell) ? null : plainText(row, WorkbookColumn.INDICATOR);
        if (name != null) {
            var names = splitItems(name);
            element.indicators().add(new PlanDraft.IndicatorDraft(row.number(), readIndicator(row, names.get(0), defaultLevel)));
            for (var other : names.subList(1, names.size())) {
                element.indicators().add(new PlanDraft.IndicatorDraft(row.number(), new IndicatorCommand(other,
                        defaultLevel, IndicatorType.NUMBER, null, Direction.INCREASE, null, null, null, null, null, null,
                        null, null, null, List.of(), Set.of(), null, null, null, null, null)));
            }
            if (names.size() > 1) {
                warning(row, WorkbookColumn.INDICATOR, "workbook.note.several-indicators", names.size());
            }
        } else if (hasFreshValue(row, WorkbookColumn.Scope.INDICATOR)) {
            warning(row, WorkbookColumn.INDICATOR, "workbook.problem.indicator-without-name");
            accountScope(row, WorkbookColumn.Scope.INDICATOR);
        }
        for (var entry : budgetColumns.entrySet()) {
            var cell = row.cell(entry.getKey());
            if (text(cell) == null || fromAbove(cell) || cell.kind() == CellKind.FORMULA) {
                continue;
            }
            if (!(element instanceof ActivityBuilder activity)) {
                problem(row, cell, null, RowProblem.Severity.WARNING, "workbook.problem.budget-on-objective");
                continue;
            }
            var planned = money(row, cell, WorkbookColumn.BUDGET, entry.getValue().source());
            if (planned != null) {
                var source = fundingSource(row, entry.getValue().source());
                noteYear(entry.getValue().year());
                activity.budget.add(new BudgetLineCommand(entry.getValue().year(), source.kind, source.institution, planned,
                        null));
            }
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
                accountScope(row, WorkbookColumn.Scope.BUDGET);
            }
        } else if (hasFreshValue(row, WorkbookColumn.Scope.BUDGET)) {
            var source = plainText(row, WorkbookColumn.FUNDING_SOURCE);
            if (source != null && budgetColumns.isEmpty() && noAmountOnly(row)) {
                warning(row, WorkbookColumn.FUNDING_SOURCE, "workbook.note.source-without-amount", source);
            } else if (budgetColumns.isEmpty()) {
                error(row, WorkbookColumn.BUDGET, "workbook.problem.budget-without-amount");
            } else {
                warning(row, WorkbookColumn.FUNDING_SOURCE, "workbook.note.source-without-amount", source);
            }
            accountScope(row, WorkbookColumn.Scope.BUDGET);
        }
    }

    /** A funding source without amount, budget year or secured amount: nothing to check, only to tell. */
    private boolean noAmountOnly(Row row) {
        return text(cell(row, WorkbookColumn.BUDGET_YEAR)) == null && text(cell(row, WorkbookColumn.SECURED)) == null;
    }

    private void accountScope(Row row, WorkbookColumn.Scope scope) {
        for (var entry : columns.entrySet()) {
            if (entry.getValue().scope() == scope) {
                use(row.cell(entry.getKey()));
            }
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
        var budgetCell = cell(row, WorkbookColumn.BUDGET);
        var sourceText = plainText(row, WorkbookColumn.FUNDING_SOURCE);
        var planned = money(row, budgetCell, WorkbookColumn.BUDGET, sourceText);
        if (planned == null) {
            use(cell(row, WorkbookColumn.FUNDING_SOURCE));
            return null;
        }
        var secured = amount(row, WorkbookColumn.SECURED);
        var year = year(row, WorkbookColumn.BUDGET_YEAR);
        noteYear(year);
        var source = fundingSource(row, sourceText);
        return new BudgetLineCommand(year, source.kind, source.institution, planned, secured);
    }

    private static final class Source {
        FundingSourceKind kind = FundingSourceKind.STATE_BUDGET;
        Long institution;
    }

    private static final Pattern STATE_BUDGET = Pattern.compile(".*\\b(state budget|national budget|government budget|"
            + "central budget|regular budget|budget of the republic|budget of kosovo|kosovo budget|republic budget|"
            + "buxhet\\w*( i| e)? (shtetit|kosoves|republikes|rregullt|qeverise)|buxheti i shtetit|buxhet shteteror|"
            + "drzavn\\w* budzet\\w*|budzet\\w* republike|budzet\\w* rs|budzet\\w* rsm|budzet\\w* rm|budzet\\w* na republika|"
            + "redovn\\w* budzet\\w*|redovn\\w* sredstv\\w*|budzet\\w* crne gore|budzet\\w* bih|budzet\\w* institucij\\w*|"
            + "drzhaven budzhet|budzhet\\w* na republika|redoven budzhet|budzhet na rsm|budzhetot na|"
            + "drzaven budzet|redoven budzet|budzet na rsm)\\b.*");
    private static final Pattern MUNICIPAL_BUDGET = Pattern.compile(".*\\b(municipal|municipality|local budget|"
            + "komunal\\w*|komuna|opstin\\w*|opshtin\\w*|lokaln\\w* budzet\\w*|lokalen budzhet|lokalna samouprava)\\b.*");
    private static final Pattern DONORS = Pattern.compile("^(donor|donors|donator|donatoret|donatori|donatorи|"
            + "international donors|donatoret nderkombetare|medjunarodni donatori|megjunarodni donatori|"
            + "external funding|external donors|donacije|donacii)$");

    /**
     * What a funding source cell means: state-budget wording in any language is the state budget (never a donor),
     * municipal wording a municipality, "Donors" a donor without a name, another name a donor institution.
     */
    private Source fundingSource(Row row, String text) {
        var source = new Source();
        if (text == null || noAmount(text) != null && !STATE_BUDGET.matcher(NameKey.of(text)).matches()) {
            return source;
        }
        var parts = STRONG_SEPARATORS.split(text);
        var first = parts[0].strip();
        if (parts.length > 1 || first.matches(".*\\s[/,]\\s.*")) {
            var pieces = text.split("\\s*(?:;|\\r?\\n|/|,)\\s*");
            first = pieces[0].strip();
            if (pieces.length > 1) {
                warning(row, WorkbookColumn.FUNDING_SOURCE, "workbook.note.several-sources", first,
                        String.join("; ", java.util.Arrays.asList(pieces).subList(1, pieces.length)));
            }
        }
        var colon = first.indexOf(':');
        var asKind = vocabulary.choice(FundingSourceKind.class, colon < 0 ? first : first.substring(0, colon));
        var key = NameKey.of(first);
        if (asKind.isPresent()) {
            source.kind = asKind.get();
            if (colon >= 0 && !first.substring(colon + 1).isBlank()) {
                source.institution = institutions.idFor(first.substring(colon + 1).strip(), InstitutionRole.FUNDER,
                        row.number());
            }
        } else if (STATE_BUDGET.matcher(key).matches() || key.equals("budget") || key.equals("buxheti")
                || key.equals("budzet") || key.equals("budzhet")) {
            source.kind = FundingSourceKind.STATE_BUDGET;
        } else if (MUNICIPAL_BUDGET.matcher(key).matches()) {
            source.kind = FundingSourceKind.MUNICIPALITY;
        } else if (DONORS.matcher(key).matches()) {
            source.kind = FundingSourceKind.DONOR;
        } else {
            source.kind = FundingSourceKind.DONOR;
            source.institution = institutions.idFor(first, InstitutionRole.FUNDER, row.number());
        }
        return source;
    }

    private static final Pattern NO_AMOUNT = Pattern.compile("^(n a|na|n/a|tbd|tbc|to be determined|to be defined|"
            + "to be confirmed|unknown|not known|not applicable|none|nil|x|0 additional|no cost|no costs|"
            + "no additional cost|no additional costs|no additional funds|no extra cost|without cost|without costs|"
            + "within regular budget|within the regular budget|within existing budget|within existing resources|"
            + "within existing funds|regular budget|regular activities|regular funds|existing resources|"
            + "budget of the institution|institutional budget|state budget|"
            + "nuk ka|nuk ka kosto|pa kosto|pa kosto shtese|pa kosto shtese financiare|pa shpenzime shtese|"
            + "ne kuader te buxhetit te rregullt|brenda buxhetit te rregullt|buxheti i rregullt|buxhet i rregullt|"
            + "buxheti i shtetit|do te percaktohet|per tu percaktuar|e panjohur|"
            + "nema|nema troskova|bez troskova|bez dodatnih troskova|bez dodatnih sredstava|nisu potrebna sredstva|"
            + "nisu potrebna dodatna sredstva|redovna sredstva|redovna budzetska sredstva|redovni budzet|"
            + "u okviru redovnih sredstava|u okviru redovnog budzeta|u okviru redovnih aktivnosti|u okviru budzeta|"
            + "budzet republike srbije|budzet rs|naknadno|bice utvrdjeno|nije primenljivo|"
            + "nema dopolnitelni troshoci|nema dopolnitelni trosoci|nema dopolnitelni sredstva|bez dopolnitelni sredstva|"
            + "bez troshoci|bez trosoci|redoven budzet|vo ramki na redovniot budzet|"
            + "vo ramki na redovniot budzhet|redoven budzhet|redovni sredstva|kje se utvrdi|"
            + "ne se potrebni sredstva|ne se potrebni dopolnitelni sredstva)$");

    /** The note key when a budget cell says there is no amount ("n/a", "within regular budget"), else null. */
    private static String noAmount(String text) {
        var raw = text.strip();
        if (raw.matches("[—–\\-/?]+")) {
            return raw;
        }
        var key = NameKey.of(raw);
        return NO_AMOUNT.matcher(key).matches() || key.startsWith("within regular") || key.startsWith("ne kuader te")
                || key.startsWith("u okviru redovn") || key.startsWith("vo ramki na") || key.startsWith("no additional")
                || key.startsWith("bez dodatn") ? raw : null;
    }

    private static final Pattern EXTRA_CURRENCY = Pattern.compile(
            "(?i)^(.*?)\\s*(mdl|lei|рсд|rsd|дин\\.?|din\\.?|мкд|mkd|ден\\.?|den\\.?|km|км|bam|eur|€|all|lek[eë]?)\\.?$|"
                    + "^(mdl|рсд|rsd|мкд|mkd|bam|km|км|eur|€|all)\\s*(.*)$");

    /**
     * An amount as offices write it: a number, with a currency before or after it ("15.000 EUR", "РСД 300.000",
     * "500.000 дин."), multiplied when the header says "thousand"; or words meaning "no amount" (then null and a
     * note that keeps the funding source the words imply).
     */
    private BigDecimal money(Row row, Cell cell, WorkbookColumn column, String sourceText) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        if (cell.kind() == CellKind.NUMBER) {
            use(cell);
            return scaled(cell.number());
        }
        if (cell.kind() != CellKind.TEXT) {
            return number(row, column, cell);
        }
        var text = cell.text().strip();
        var none = noAmount(text);
        if (none != null) {
            Object implied = STATE_BUDGET.matcher(NameKey.of(text)).matches() || sourceText == null
                    ? message(FundingSourceKind.STATE_BUDGET.messageKey()) : sourceText;
            problem(row, cell, column, RowProblem.Severity.WARNING, "workbook.note.no-amount", text, implied);
            return null;
        }
        var matcher = EXTRA_CURRENCY.matcher(text);
        if (matcher.matches()) {
            var currency = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            var number = matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
            var parsed = LenientNumber.parse(number);
            if (!parsed.hasProblem() && !number.isBlank()) {
                currencies.add(currencyCode(currency));
                use(cell);
                return scaled(parsed.value());
            }
        }
        var value = number(row, column, cell);
        return value == null ? null : scaled(value);
    }

    private BigDecimal scaled(BigDecimal value) {
        return multiplier.compareTo(BigDecimal.ONE) == 0 ? value : value.multiply(multiplier).stripTrailingZeros();
    }

    private static String currencyCode(String written) {
        var key = NameKey.of(written);
        return switch (key) {
            case "rsd", "din" -> "RSD";
            case "mkd", "den" -> "MKD";
            case "mdl", "lei" -> "MDL";
            case "bam", "km" -> "BAM";
            case "all", "lek", "leke" -> "ALL";
            default -> "EUR";
        };
    }

    /** "Budget (thousand MDL)", "Costs (000 EUR)", "Буџет (РСД)": the currency and multiplier of a budget header. */
    private void readBudgetHeader(String header) {
        if (header == null) {
            return;
        }
        var key = NameKey.of(header);
        if (key.matches(".*\\b(thousand|thousands|000|mije|hiljada|hiljade|iljadi|ilјadi|tys|mii)\\b.*")) {
            multiplier = BigDecimal.valueOf(1000);
        } else if (key.matches(".*\\b(million|millions|milion|miliona|milioni)\\b.*")) {
            multiplier = BigDecimal.valueOf(1_000_000);
        }
        var currency = Pattern.compile("\\b(eur|euro|all|lek|rsd|din|mkd|den|mdl|lei|bam|km)\\b").matcher(key);
        if (currency.find()) {
            currencies.add(currencyCode(currency.group(1)));
        }
    }

    private void readTimeline(Row row, ActivityBuilder activity) {
        var startCell = cell(row, WorkbookColumn.START);
        var endCell = cell(row, WorkbookColumn.END);
        use(startCell);
        use(endCell);
        for (var entry : timelineYears.entrySet()) {
            // a Gantt-like grid of years: any mark in a year's column means work in that year
            var mark = row.cell(entry.getKey());
            if (text(mark) != null && !fromAbove(mark) && !NameKey.of(text(mark)).matches("no|jo|ne|не|0")) {
                use(mark);
                var start = LocalDate.of(entry.getValue(), 1, 1);
                var end = LocalDate.of(entry.getValue(), 12, 31);
                activity.start = activity.start == null || start.isBefore(activity.start) ? start : activity.start;
                activity.end = activity.end == null || end.isAfter(activity.end) ? end : activity.end;
            }
        }
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
        use(cell);
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
                use(cell);
                return cell.number();
            }
            case TEXT -> {
                var parsed = LenientNumber.parse(cell.text());
                use(cell);
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
        use(cell);
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
        use(cell);
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
        problems.add(new RowProblem(sheet, row.number(), text(row.cell(columnIndex)), row.cell(columnIndex).reference(),
                RowProblem.Severity.ERROR, message(key, args)));
        use(row.cell(columnIndex));
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
            // the column is not in the file: name the field in the user's language
            header = vocabulary.label(column.messageKey(),
                    org.springframework.context.i18n.LocaleContextHolder.getLocale());
        }
        problems.add(new RowProblem(sheet, row.number(), header, cell == null ? null : cell.reference(), severity,
                message(key, args)));
        use(cell);
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
