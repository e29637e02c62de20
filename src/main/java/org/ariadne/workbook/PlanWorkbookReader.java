package org.ariadne.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ariadne.common.spreadsheet.CellKind;
import org.ariadne.common.spreadsheet.Grid;
import org.ariadne.common.spreadsheet.Row;
import org.ariadne.common.text.NameKey;
import org.ariadne.common.text.PeriodText;
import org.ariadne.plan.Aggregation;
import org.ariadne.plan.BudgetLineCommand;
import org.ariadne.plan.Direction;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.IndicatorCommand;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.PlanCode;
import org.ariadne.plan.PlanDraft;
import org.ariadne.plan.PlanField;
import org.ariadne.plan.ResultLevel;
import org.ariadne.plan.ThematicArea;
import org.ariadne.plan.YearTargetCommand;
import org.ariadne.workbook.DraftElements.ActivityBuilder;
import org.ariadne.workbook.DraftElements.Element;
import org.ariadne.workbook.DraftElements.SpecificBuilder;
import org.ariadne.workbook.DraftElements.StrategicBuilder;
import org.ariadne.workbook.WrittenHierarchy.Kind;
import org.ariadne.workbook.WrittenHierarchy.Numbered;

import static org.ariadne.workbook.Cells.freshValues;
import static org.ariadne.workbook.Cells.fromAbove;
import static org.ariadne.workbook.Cells.text;

/**
 * Reads the plan workbook layout from a grid of cells into a {@link PlanDraft}, collecting every problem with
 * its row and column instead of stopping at the first. Real plans are messy: merged cells and blank codes mean
 * "same element as above", numbers come with either decimal mark, dates as dates, years, quarters, ranges or
 * words, names in any script.
 * <p>
 * This class walks the rows and decides what each one is; the parts it leans on each have their own class: where
 * the table is ({@link TableFinder}), which column is which ({@link HeaderMap}), the levels written in words
 * ({@link WrittenHierarchy}), cell values ({@link CellValues}, {@link BudgetCells}), institution cells
 * ({@link InstitutionCells}) and the messages with the cells they account for ({@link ReadingNotes}).
 */
final class PlanWorkbookReader {

    /** Resolves an institution name to an id; unknown names get a placeholder id chosen by the caller. */
    interface InstitutionNames {
        Long idFor(String name, InstitutionRole role, int row);

        /** The same, knowing the cell the name was read from ("D14", null when unknown), to name it in messages. */
        default Long idFor(String name, InstitutionRole role, int row, String cell) {
            return idFor(name, role, row);
        }

        /** True when the name is an institution the directory (or the user's decisions) already know. */
        default boolean known(String name) {
            return false;
        }
    }

    record Result(PlanDraft draft, List<RowProblem> problems, int headerRow, Integer firstYear, Integer lastYear,
            Map<PlanField, String> fieldHeaders, String sheet, Set<String> accounted, List<RefusedElement> refused,
            List<ColumnQuestion> columns, String layoutKey, List<UnknownArea> unknownAreas) {

        boolean hasErrors() {
            return problems.stream().anyMatch(RowProblem::isError);
        }
    }

    private final Grid grid;
    private final Vocabulary vocabulary;
    private final ReadingNotes notes;
    private final HeaderMap header;
    private final CellValues values;
    private final InstitutionCells institutions;
    private final BudgetCells budgets;
    private final WrittenHierarchy hierarchy;
    private final Refusals refusals = new Refusals();
    private Integer firstYear;
    private Integer lastYear;

    private final AreaChoices areaChoices;

    private PlanWorkbookReader(Grid grid, Vocabulary vocabulary, InstitutionNames names, ColumnChoices choices,
            AreaChoices areaChoices) {
        this.areaChoices = areaChoices;
        this.grid = grid;
        this.vocabulary = vocabulary;
        var headerTexts = new HashMap<Integer, String>();
        this.notes = new ReadingNotes(grid.sheetName(), vocabulary, headerTexts);
        this.header = new HeaderMap(vocabulary, notes, headerTexts, choices);
        this.values = new CellValues(vocabulary, header, notes);
        this.institutions = new InstitutionCells(values, names);
        this.budgets = new BudgetCells(vocabulary, header, values, notes, institutions);
        this.hierarchy = new WrittenHierarchy(header, notes, new AreaWords(vocabulary), areaChoices);
    }

    static Result read(Grid grid, Vocabulary vocabulary, InstitutionNames institutions) {
        return read(grid, vocabulary, institutions, ColumnChoices.NONE);
    }

    /** Reads with what the officer said (or said before, for this layout) the unrecognised columns are. */
    static Result read(Grid grid, Vocabulary vocabulary, InstitutionNames institutions, ColumnChoices choices) {
        return read(grid, vocabulary, institutions, choices, AreaChoices.defaults(vocabulary));
    }

    /** Reads into a plan with these areas and the officer's choices for the areas the file names and it has not. */
    static Result read(Grid grid, Vocabulary vocabulary, InstitutionNames institutions, ColumnChoices choices,
            AreaChoices areas) {
        return new PlanWorkbookReader(grid, vocabulary, institutions, choices, areas.fresh()).read();
    }

    /** How much a sheet looks like the plan table: the most headers recognised in one of its first rows. */
    static int score(Grid grid, Vocabulary vocabulary) {
        return TableFinder.score(grid, vocabulary);
    }

    private Result read() {
        var sheet = notes.sheet();
        int headerIndex = TableFinder.headerRow(grid, vocabulary, header.choices());
        if (headerIndex < 0) {
            // the officer can still say what the columns of the row that looks like a header are
            int likely = TableFinder.likelyHeaderRow(grid);
            notes.add(likely < 0 ? 0 : grid.rows().get(likely).number(), null, null, RowProblem.Severity.ERROR,
                    likely < 0 ? "workbook.problem.no-header" : "workbook.problem.no-header-say-columns");
            var questions = likely < 0 ? List.<ColumnQuestion>of() : questions(likely, likely + 1);
            return new Result(new PlanDraft(List.of(), header.fields()), notes.problems(), 0, null, null, Map.of(), sheet,
                    notes.accounted(), List.of(), questions,
                    likely < 0 ? null : TableFinder.layoutKey(grid.rows().get(likely)), List.of());
        }
        var rows = grid.rows();
        header.map(rows.get(headerIndex));
        var titlePeriod = TableFinder.readTitleRows(grid, headerIndex, notes);
        int dataStart = header.readSubHeader(rows, headerIndex);
        hierarchy.findNumberingShift(grid, dataStart);
        budgets.readBudgetHeaders();
        int lastTableRow = TableFinder.lastTableRow(grid, dataStart);
        Element current = null;
        boolean skipping = false;
        for (int i = dataStart; i < rows.size(); i++) {
            var row = rows.get(i);
            var fresh = freshValues(row);
            if (fresh.isEmpty()) {
                continue;
            }
            if (TableFinder.notPlan(row, fresh, i > lastTableRow, notes)) {
                continue;
            }
            reportFormulas(row);
            var heading = hierarchy.heading(row, fresh);
            if (heading != null) {
                current = hierarchy.readHeading(row, heading, fresh);
                skipping = current == null;
                continue;
            }
            var codeCell = header.cell(row, WorkbookColumn.CODE);
            var rawCode = fromAbove(codeCell) ? null : text(codeCell);
            var titleCell = header.cell(row, WorkbookColumn.TITLE);
            var title = fromAbove(titleCell) ? null : text(titleCell);
            Numbered embedded = null;
            if (rawCode == null && title != null) {
                embedded = WrittenHierarchy.numbered(title, true);
                if (embedded != null && embedded.title().isBlank()) {
                    embedded = null;
                }
            }
            boolean sameAsCurrent = current != null && rawCode != null
                    && PlanCode.canonical(rawCode).equals(current.code());
            if ((rawCode == null && embedded == null) || sameAsCurrent) {
                if (skipping) {
                    refusals.continued(text(header.cell(row, WorkbookColumn.INDICATOR)));
                    notes.accountRow(row);
                    continue;
                }
                if (title != null && (current == null || !title.equals(current.title()))) {
                    if (hierarchy.currentSpecific() != null
                            && (hierarchy.headingMode() || header.cell(row, WorkbookColumn.CODE) == null)) {
                        current = readActivity(row, hierarchy.generatedActivityCode(), title, null);
                        skipping = current == null;
                        continue;
                    }
                    if (current == null && hierarchy.currentSpecific() == null) {
                        values.error(row, WorkbookColumn.CODE, "workbook.problem.no-code");
                        refuse(row, null, title);
                        skipping = true;
                        notes.accountRow(row);
                        continue;
                    }
                    values.error(row, WorkbookColumn.CODE, "workbook.problem.code-missing", title);
                    notes.accountRow(row);
                    continue;
                }
                if (current == null) {
                    values.error(row, WorkbookColumn.CODE, "workbook.problem.no-code");
                    skipping = true;
                    notes.accountRow(row);
                    continue;
                }
                readIndicatorAndBudget(row, current, current.defaultLevel());
                continue;
            }
            var code = rawCode != null ? hierarchy.codeOf(rawCode) : hierarchy.codeOf(embedded);
            if (code == null) {
                if (rawCode != null && hierarchy.currentSpecific() != null && hierarchy.headingMode() && title != null) {
                    // "1", "2", ... counting the activities of a measure: the plan's own numbering within it
                    notes.use(codeCell);
                    current = readActivity(row, hierarchy.generatedActivityCode(), title, null);
                    skipping = current == null;
                    continue;
                }
                values.error(row, WorkbookColumn.CODE, "workbook.problem.bad-code", rawCode != null ? rawCode : title);
                refuse(row, rawCode, embedded != null ? embedded.title() : title);
                notes.accountRow(row);
                current = null;
                skipping = true;
                continue;
            }
            if (code.section()) {
                notes.use(codeCell);
                current = hierarchy.readHeading(row,
                        new Numbered(Kind.SECTION, code.numbers(), title == null ? "" : title, rawCode), fresh);
                skipping = current == null;
                continue;
            }
            var planCode = code.code();
            boolean ownNumbering = hierarchy.headingMode() || hierarchy.shift() > 0;
            if (hierarchy.headingMode() && planCode.kind() != PlanCode.Kind.ACTIVITY
                    && hierarchy.currentSpecific() != null && hasActivityData(row)) {
                // "1", "2" or "1.1" on a row with institutions or indicators, under a measure: an activity
                notes.use(codeCell);
                current = readActivity(row, hierarchy.generatedActivityCode(), embedded != null ? embedded.title()
                        : title == null ? "" : title, null);
                skipping = current == null;
                continue;
            }
            skipping = false;
            if (ownNumbering) {
                // the file numbers its levels its own way (restarting in every section): keep its numbers where free
                if (planCode.kind() == PlanCode.Kind.STRATEGIC_OBJECTIVE) {
                    planCode = PlanCode.parse(hierarchy.preferredCode(planCode.numbers(), 1, null)).orElseThrow();
                } else if (planCode.kind() == PlanCode.Kind.SPECIFIC_OBJECTIVE && hierarchy.currentStrategic() != null) {
                    planCode = PlanCode.parse(hierarchy.preferredCode(planCode.numbers(), 2,
                            hierarchy.currentStrategic())).orElseThrow();
                }
            }
            var canonical = planCode.toString();
            if (planCode.kind() == PlanCode.Kind.ACTIVITY && ownNumbering && hierarchy.currentSpecific() != null
                    && !planCode.parent().orElseThrow().toString().equals(hierarchy.currentSpecific().code())) {
                canonical = hierarchy.generatedActivityCode();
                planCode = PlanCode.parse(canonical).orElseThrow();
            }
            var earlier = hierarchy.claim(canonical, row.number());
            if (earlier != null) {
                values.error(row, WorkbookColumn.CODE, "workbook.problem.duplicate-code", canonical,
                        String.valueOf(earlier));
                refuse(row, canonical, embedded != null ? embedded.title() : title);
                notes.accountRow(row);
                current = null;
                skipping = true;
                continue;
            }
            notes.use(codeCell);
            var ownTitle = embedded != null ? embedded.title() : null;
            current = switch (planCode.kind()) {
                case STRATEGIC_OBJECTIVE -> readStrategic(row, canonical, ownTitle);
                case SPECIFIC_OBJECTIVE -> readSpecific(row, canonical, planCode, ownTitle);
                case ACTIVITY -> readActivity(row, canonical, ownTitle, planCode);
            };
            skipping = current == null;
        }
        if (hierarchy.objectives().isEmpty() && !notes.hasErrors()) {
            notes.add(headerIndex + 1, null, null, RowProblem.Severity.ERROR, "workbook.problem.no-rows");
        }
        budgets.noteValueConventions(rows.get(headerIndex));
        var questions = questions(headerIndex, dataStart);
        noteColumnChoices(rows.get(headerIndex), dataStart);
        notes.reportUnaccounted(grid, dataStart);
        var draft = new PlanDraft(hierarchy.objectives().stream().map(StrategicBuilder::build).toList(),
                header.fields(), areaChoices.newAreas());
        if (titlePeriod != null) {
            firstYear = titlePeriod.firstYear();
            lastYear = titlePeriod.lastYear();
        }
        return new Result(draft, notes.problems(), rows.get(headerIndex).number(), firstYear, lastYear,
                header.fieldHeaders(), sheet, notes.accounted(), refusals.list(), questions,
                TableFinder.layoutKey(rows.get(headerIndex)), areaChoices.unknown());
    }

    // ---- columns the officer says what they are ----

    /**
     * The header's columns that are not recognised (nothing of them was read), and those whose meaning the officer
     * gave: the questions of the preview's column step.
     */
    private List<ColumnQuestion> questions(int headerIndex, int dataStart) {
        var questions = new ArrayList<ColumnQuestion>();
        var choices = header.choices();
        var headerCells = new ArrayList<>(grid.rows().get(headerIndex).cells());
        if (dataStart == headerIndex + 2) {
            headerCells.addAll(grid.rows().get(headerIndex + 1).cells()); // the sub-columns of a two-row header
        }
        for (var cell : headerCells) {
            var text = text(cell);
            if (text == null || Cells.isCopy(cell)) {
                continue;
            }
            boolean chosen = choices.chosen(text);
            if (!chosen && notes.accounted().contains(cell.reference())) {
                continue;
            }
            questions.add(new ColumnQuestion(cell.reference(), text, NameKey.of(text),
                    chosen ? choices.choice(text) : null, chosen && choices.remembered(text),
                    sample(cell.columnIndex(), dataStart)));
        }
        return List.copyOf(questions);
    }

    /** The column's first value under the header, shortened: what the officer looks at to say what it is. */
    private String sample(int column, int dataStart) {
        var rows = grid.rows();
        for (int i = dataStart; i < rows.size(); i++) {
            var cell = rows.get(i).cell(column);
            var text = text(cell);
            if (text != null && !Cells.isCopy(cell)) {
                var oneLine = text.replaceAll("\\s+", " ").strip();
                return oneLine.length() > 60 ? oneLine.substring(0, 59) + "…" : oneLine;
            }
        }
        return null;
    }

    /**
     * One note per column whose meaning the officer gave: read as the field they chose (now or for this layout
     * before), or set aside with every value in it named by the note.
     */
    private void noteColumnChoices(Row headerRow, int dataStart) {
        var choices = header.choices();
        var rows = grid.rows();
        var subRow = dataStart - 1 > rows.indexOf(headerRow) ? rows.get(dataStart - 1) : null;
        for (var entry : header.columns().entrySet()) {
            var headerCell = headerCellOf(headerRow, subRow, entry.getKey());
            var text = text(headerCell);
            if (text != null && choices.chosen(text)) {
                notes.noteAt(headerCell, choices.remembered(text) ? "workbook.note.column-remembered"
                        : "workbook.note.column-chosen", text, ReadingNotes.message(entry.getValue().messageKey()));
            }
        }
        for (int column : header.ignored()) {
            var headerCell = headerCellOf(headerRow, subRow, column);
            int values = 0;
            for (int i = dataStart; i < rows.size(); i++) {
                var cell = rows.get(i).cell(column);
                if (text(cell) != null && !Cells.isCopy(cell) && !notes.accounted().contains(cell.reference())) {
                    values++;
                    notes.use(cell);
                }
            }
            notes.noteAt(headerCell, choices.remembered(text(headerCell)) ? "workbook.note.column-ignored-remembered"
                    : "workbook.note.column-ignored", text(headerCell), values);
        }
    }

    /** The cell that names a column: in the header row, or under a merged group header in the row below. */
    private static org.ariadne.common.spreadsheet.Cell headerCellOf(Row headerRow, Row subRow, int column) {
        var cell = headerRow.cell(column);
        if (subRow != null && (text(cell) == null || Cells.isCopy(cell) || cell.mergedFrom() != null)
                && text(subRow.cell(column)) != null && !Cells.isCopy(subRow.cell(column))) {
            return subRow.cell(column);
        }
        return cell;
    }

    // ---- element rows ----

    private Element readStrategic(Row row, String code, String ownTitle) {
        var title = ownTitle != null ? ownTitle : values.requiredTitle(row);
        notes.use(header.cell(row, WorkbookColumn.TITLE));
        // any name: one of the plan's areas, or an area the file has and the plan not (a choice on the preview)
        var area = values.plainText(row, WorkbookColumn.THEMATIC_AREA);
        warnIgnored(row, WorkbookColumn.Scope.ROW, WorkbookColumn.THEMATIC_AREA);
        var builder = hierarchy.addStrategic(row, code, title, area);
        readIndicatorAndBudget(row, builder, ResultLevel.IMPACT);
        return builder;
    }

    private Element readSpecific(Row row, String code, PlanCode parsed, String ownTitle) {
        var parentCode = parsed.parent().orElseThrow().toString();
        var parent = hierarchy.strategic(parentCode);
        if (parent == null) {
            refuseForParent(row, code, ownTitle, parentCode);
            return null;
        }
        hierarchy.enter(parent);
        var title = ownTitle != null ? ownTitle : values.requiredTitle(row);
        notes.use(header.cell(row, WorkbookColumn.TITLE));
        warnIgnored(row, WorkbookColumn.Scope.ROW);
        var builder = hierarchy.addSpecific(row, code, title);
        readIndicatorAndBudget(row, builder, ResultLevel.OUTCOME);
        return builder;
    }

    /** The cell of the row in the column ("D14"), null when the sheet has no such column. */
    private String reference(Row row, WorkbookColumn column) {
        var cell = header.cell(row, column);
        return cell == null ? null : cell.reference();
    }

    private Element readActivity(Row row, String code, String ownTitle, PlanCode parsed) {
        SpecificBuilder parent;
        if (parsed == null) {
            parent = hierarchy.currentSpecific();
            hierarchy.claim(code, row.number());
            notes.use(header.cell(row, WorkbookColumn.CODE));
        } else {
            var parentCode = parsed.parent().orElseThrow().toString();
            parent = hierarchy.specific(parentCode);
            if (parent == null) {
                refuseForParent(row, code, ownTitle, parentCode);
                return null;
            }
        }
        var title = ownTitle != null ? ownTitle : values.requiredTitle(row);
        notes.use(header.cell(row, WorkbookColumn.TITLE));
        var builder = new ActivityBuilder(row.number(), code, title);
        builder.description = values.plainText(row, WorkbookColumn.DESCRIPTION);
        builder.expectedResult = values.plainText(row, WorkbookColumn.EXPECTED_RESULT);
        var leads = institutions.names(row, WorkbookColumn.LEAD_INSTITUTION);
        if (!leads.isEmpty()) {
            builder.lead = institutions.idFor(leads.get(0), InstitutionRole.LEAD, row.number(),
                    reference(row, WorkbookColumn.LEAD_INSTITUTION));
            if (leads.size() > 1) {
                values.warning(row, WorkbookColumn.LEAD_INSTITUTION, "workbook.note.several-leads", leads.get(0),
                        String.join("; ", leads.subList(1, leads.size())));
                for (var name : leads.subList(1, leads.size())) {
                    builder.addSupporting(institutions.idFor(name, InstitutionRole.SUPPORTING, row.number(),
                            reference(row, WorkbookColumn.LEAD_INSTITUTION)));
                }
            }
        }
        for (var name : institutions.names(row, WorkbookColumn.SUPPORTING_INSTITUTIONS)) {
            builder.addSupporting(institutions.idFor(name, InstitutionRole.SUPPORTING, row.number(),
                    reference(row, WorkbookColumn.SUPPORTING_INSTITUTIONS)));
        }
        builder.responsiblePerson = values.plainText(row, WorkbookColumn.RESPONSIBLE_PERSON);
        readTimeline(row, builder);
        readFrequency(row, builder);
        builder.meansOfVerification = values.plainText(row, WorkbookColumn.MEANS_OF_VERIFICATION);
        builder.assumptions = values.plainText(row, WorkbookColumn.ASSUMPTIONS);
        builder.risks = values.plainText(row, WorkbookColumn.RISKS);
        parent.children.add(builder);
        readIndicatorAndBudget(row, builder, ResultLevel.OUTPUT);
        return builder;
    }

    /**
     * The frequency column; "monthly, 2015-2019" there gives the frequency and, when the timeline is empty, the
     * period too.
     */
    private void readFrequency(Row row, ActivityBuilder builder) {
        var cell = header.cell(row, WorkbookColumn.FREQUENCY);
        var both = values.frequencyAndPeriod(text(cell));
        if (both == null || cell.kind() != CellKind.TEXT) {
            var frequency = values.choice(row, WorkbookColumn.FREQUENCY, Frequency.class,
                    "workbook.problem.bad-frequency");
            if (frequency != null) {
                builder.frequency = frequency;
            }
            return;
        }
        notes.use(cell);
        builder.frequency = both.frequency();
        if (builder.start == null && builder.end == null && !builder.continuous) {
            var period = PeriodText.parse(both.period());
            if (period.hasProblem()) {
                dateProblem(row, WorkbookColumn.FREQUENCY, period.problemCode(), both.period());
                return;
            }
            builder.start = period.start();
            builder.end = period.end();
            builder.continuous = period.continuous();
            noteYear(builder.start == null ? null : builder.start.getYear());
            noteYear(builder.end == null ? null : builder.end.getYear());
        }
        values.warning(row, WorkbookColumn.FREQUENCY, "workbook.note.frequency-and-period", text(cell),
                ReadingNotes.message(both.frequency().messageKey()), both.period());
    }

    /**
     * An element whose parent is not in the plan: one error when the parent is missing from the file, none when
     * the parent was itself refused (its message explains both); either way the element is listed as not imported.
     */
    private void refuseForParent(Row row, String code, String ownTitle, String parentCode) {
        var title = ownTitle != null ? ownTitle : text(header.cell(row, WorkbookColumn.TITLE));
        if (!refusals.underRefused(row.number(), code, title, parentCode,
                text(header.cell(row, WorkbookColumn.INDICATOR)))) {
            values.error(row, WorkbookColumn.CODE, "workbook.problem.no-parent", code, parentCode);
            refuse(row, code, title);
        }
        notes.accountRow(row);
    }

    private void refuse(Row row, String code, String title) {
        refusals.refuse(row, code, title, text(header.cell(row, WorkbookColumn.INDICATOR)));
    }

    /** The elements that will not be imported, each with the row of the message that says why. */
    private static final class Refusals {
        private final List<int[]> places = new ArrayList<>();
        private final List<String[]> names = new ArrayList<>();
        private final Map<String, Integer> problemRowByCode = new HashMap<>();

        void refuse(Row row, String code, String title, String indicator) {
            add(row.number(), code, title, row.number());
            continued(indicator);
        }

        /** True (and listed) when the parent was refused before: then no message of its own. */
        boolean underRefused(int row, String code, String title, String parentCode, String indicator) {
            var problemRow = problemRowByCode.get(parentCode);
            if (problemRow == null) {
                return false;
            }
            add(row, code, title, problemRow);
            continued(indicator);
            return true;
        }

        /** A row continuing the last refused element: counts its indicators. */
        void continued(String indicator) {
            if (indicator != null && !places.isEmpty()) {
                places.get(places.size() - 1)[2] += CellValues.splitItems(indicator).size();
            }
        }

        private void add(int row, String code, String title, int problemRow) {
            places.add(new int[] {row, problemRow, 0});
            names.add(new String[] {code, title});
            if (code != null) {
                problemRowByCode.putIfAbsent(PlanCode.canonical(code), problemRow);
            }
        }

        List<RefusedElement> list() {
            var list = new ArrayList<RefusedElement>();
            for (int i = 0; i < places.size(); i++) {
                var name = names.get(i);
                list.add(new RefusedElement(places.get(i)[0], name[0] == null ? "" : name[0],
                        name[1] == null ? "" : name[1], places.get(i)[1], places.get(i)[2]));
            }
            return List.copyOf(list);
        }
    }

    private boolean hasActivityData(Row row) {
        for (var column : List.of(WorkbookColumn.LEAD_INSTITUTION, WorkbookColumn.SUPPORTING_INSTITUTIONS,
                WorkbookColumn.START, WorkbookColumn.BUDGET, WorkbookColumn.INDICATOR)) {
            var cell = header.cell(row, column);
            if (text(cell) != null && !fromAbove(cell)) {
                return true;
            }
        }
        return false;
    }

    // ---- indicators and budget lines ----

    private void readIndicatorAndBudget(Row row, Element element, ResultLevel defaultLevel) {
        var nameCell = header.cell(row, WorkbookColumn.INDICATOR);
        var name = fromAbove(nameCell) ? null : values.plainText(row, WorkbookColumn.INDICATOR);
        if (name != null) {
            var names = CellValues.splitItems(name);
            element.indicators().add(new PlanDraft.IndicatorDraft(row.number(), readIndicator(row, names.get(0),
                    defaultLevel)));
            for (var other : names.subList(1, names.size())) {
                element.indicators().add(new PlanDraft.IndicatorDraft(row.number(), new IndicatorCommand(other,
                        defaultLevel, IndicatorType.NUMBER, null, Direction.INCREASE, null, null, null, null, null, null,
                        null, null, null, List.of(), Set.of(), null, null, null, null, null)));
            }
            if (names.size() > 1) {
                values.warning(row, WorkbookColumn.INDICATOR, "workbook.note.several-indicators", names.size());
            }
        } else if (header.hasFreshValue(row, WorkbookColumn.Scope.INDICATOR)) {
            values.warning(row, WorkbookColumn.INDICATOR, "workbook.problem.indicator-without-name");
            header.accountScope(row, WorkbookColumn.Scope.INDICATOR);
        }
        for (var entry : header.budgetColumns().entrySet()) {
            var cell = row.cell(entry.getKey());
            if (text(cell) == null || fromAbove(cell) || cell.kind() == CellKind.FORMULA) {
                continue;
            }
            if (!(element instanceof ActivityBuilder activity)) {
                notes.problem(row, cell, null, RowProblem.Severity.WARNING, "workbook.problem.budget-on-objective");
                continue;
            }
            var planned = budgets.money(row, cell, WorkbookColumn.BUDGET, entry.getValue().source());
            if (planned != null) {
                var source = budgets.fundingSource(row, entry.getValue().source());
                noteYear(entry.getValue().year());
                activity.budget.add(new BudgetLineCommand(entry.getValue().year(), source.kind, source.institution,
                        planned.value(), null, budgets.lineCurrency(row, planned)));
            }
        }
        var budgetCell = header.cell(row, WorkbookColumn.BUDGET);
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
                values.warning(row, WorkbookColumn.BUDGET, "workbook.problem.budget-on-objective");
                header.accountScope(row, WorkbookColumn.Scope.BUDGET);
            }
        } else if (onlyCurrency(row)) {
            // a currency written on a row without an amount says nothing to import
            notes.use(header.cell(row, WorkbookColumn.CURRENCY));
        } else if (header.hasFreshValue(row, WorkbookColumn.Scope.BUDGET)) {
            var source = values.plainText(row, WorkbookColumn.FUNDING_SOURCE);
            if (source != null && header.budgetColumns().isEmpty() && noAmountOnly(row)) {
                values.warning(row, WorkbookColumn.FUNDING_SOURCE, "workbook.note.source-without-amount", source);
            } else if (header.budgetColumns().isEmpty()) {
                values.error(row, WorkbookColumn.BUDGET, "workbook.problem.budget-without-amount");
            } else {
                values.warning(row, WorkbookColumn.FUNDING_SOURCE, "workbook.note.source-without-amount", source);
            }
            header.accountScope(row, WorkbookColumn.Scope.BUDGET);
        }
    }

    private boolean onlyCurrency(Row row) {
        var currency = header.cell(row, WorkbookColumn.CURRENCY);
        if (text(currency) == null || fromAbove(currency)) {
            return false;
        }
        for (var column : List.of(WorkbookColumn.FUNDING_SOURCE, WorkbookColumn.BUDGET_YEAR, WorkbookColumn.SECURED)) {
            var cell = header.cell(row, column);
            if (text(cell) != null && !fromAbove(cell)) {
                return false;
            }
        }
        return true;
    }

    /** A funding source without amount, budget year or secured amount: nothing to check, only to tell. */
    private boolean noAmountOnly(Row row) {
        return text(header.cell(row, WorkbookColumn.BUDGET_YEAR)) == null
                && text(header.cell(row, WorkbookColumn.SECURED)) == null;
    }

    private IndicatorCommand readIndicator(Row row, String name, ResultLevel defaultLevel) {
        var level = values.choice(row, WorkbookColumn.RESULT_LEVEL, ResultLevel.class, "workbook.problem.bad-level");
        var unit = values.plainText(row, WorkbookColumn.UNIT);
        IndicatorType type = values.choice(row, WorkbookColumn.INDICATOR_TYPE, IndicatorType.class,
                "workbook.problem.bad-type");
        if (type == null && unit == null) {
            type = values.typeFromValues(row, java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(header.cell(row, WorkbookColumn.TARGET),
                            header.cell(row, WorkbookColumn.BASELINE)),
                    header.yearTargetColumns().keySet().stream().map(row::cell)).toList());
        }
        if (type == null) {
            type = CellValues.typeFromUnit(unit);
        }
        Direction direction = values.choice(row, WorkbookColumn.DIRECTION, Direction.class,
                "workbook.problem.bad-direction");
        Aggregation aggregation = values.choice(row, WorkbookColumn.AGGREGATION, Aggregation.class,
                "workbook.problem.bad-aggregation");
        var baseline = values.measurement(row, WorkbookColumn.BASELINE, header.cell(row, WorkbookColumn.BASELINE), type);
        var baselineYear = values.year(row, WorkbookColumn.BASELINE_YEAR);
        var target = values.measurement(row, WorkbookColumn.TARGET, header.cell(row, WorkbookColumn.TARGET), type);
        var targetYear = values.year(row, WorkbookColumn.TARGET_YEAR);
        var yearTargets = new ArrayList<YearTargetCommand>();
        for (var entry : header.yearTargetColumns().entrySet()) {
            var value = values.measurement(row, null, row.cell(entry.getKey()), type);
            if (value != null) {
                yearTargets.add(new YearTargetCommand(entry.getValue(), value));
                noteYear(entry.getValue());
            }
        }
        var dimensions = new LinkedHashSet<Disaggregation>();
        var disaggregation = values.plainText(row, WorkbookColumn.DISAGGREGATION);
        if (disaggregation != null) {
            var unknown = new ArrayList<String>();
            dimensions.addAll(vocabulary.choices(Disaggregation.class, disaggregation, unknown));
            if (!unknown.isEmpty()) {
                values.error(row, WorkbookColumn.DISAGGREGATION, "workbook.problem.bad-disaggregation",
                        String.join("; ", unknown));
            }
        }
        noteYear(baselineYear);
        noteYear(targetYear);
        return new IndicatorCommand(name, level == null ? defaultLevel : level, type, unit,
                direction == null ? Direction.INCREASE : direction, null, null, null, null, baseline, baselineYear,
                values.plainText(row, WorkbookColumn.BASELINE_SOURCE), target, targetYear, yearTargets, dimensions,
                values.plainText(row, WorkbookColumn.DATA_SOURCE), null, null, null, aggregation);
    }

    private BudgetLineCommand readBudget(Row row) {
        var budgetCell = header.cell(row, WorkbookColumn.BUDGET);
        var sourceText = values.plainText(row, WorkbookColumn.FUNDING_SOURCE);
        var planned = budgets.money(row, budgetCell, WorkbookColumn.BUDGET, sourceText);
        if (planned == null) {
            notes.use(header.cell(row, WorkbookColumn.FUNDING_SOURCE));
            notes.use(header.cell(row, WorkbookColumn.CURRENCY));
            return null;
        }
        var secured = values.amount(row, WorkbookColumn.SECURED);
        var year = values.year(row, WorkbookColumn.BUDGET_YEAR);
        noteYear(year);
        var source = budgets.fundingSource(row, sourceText);
        return new BudgetLineCommand(year, source.kind, source.institution, planned.value(), secured,
                budgets.lineCurrency(row, planned));
    }

    // ---- timeline ----

    private void readTimeline(Row row, ActivityBuilder activity) {
        var startCell = header.cell(row, WorkbookColumn.START);
        var endCell = header.cell(row, WorkbookColumn.END);
        notes.use(startCell);
        notes.use(endCell);
        for (var entry : header.timelineYears().entrySet()) {
            // a Gantt-like grid of years: any mark in a year's column means work in that year
            var mark = row.cell(entry.getKey());
            if (text(mark) != null && !fromAbove(mark) && !NameKey.of(text(mark)).matches("no|jo|ne|не|0")) {
                notes.use(mark);
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
                var both = values.frequencyAndPeriod(startText);
                if (both != null && PeriodText.parse(startText).hasProblem()) {
                    // "monthly, 2015-2019": how often, and when
                    activity.frequency = both.frequency();
                    startText = both.period();
                    values.warning(row, WorkbookColumn.START, "workbook.note.frequency-and-period", text(startCell),
                            ReadingNotes.message(both.frequency().messageKey()), both.period());
                }
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
        values.error(row, column, "workbook.problem.date." + code, text);
    }

    // ---- checks across the row ----

    private void reportFormulas(Row row) {
        for (var entry : header.columns().entrySet()) {
            var cell = row.cell(entry.getKey());
            if (cell.kind() == CellKind.FORMULA && !fromAbove(cell)) {
                notes.problem(row, cell, entry.getValue(), RowProblem.Severity.ERROR, "workbook.problem.formula-cell",
                        cell.formula());
            }
        }
        for (var c : header.yearTargetColumns().keySet()) {
            var cell = row.cell(c);
            if (cell.kind() == CellKind.FORMULA) {
                notes.problem(row, cell, null, RowProblem.Severity.ERROR, "workbook.problem.formula-cell",
                        cell.formula());
            }
        }
    }

    private void warnIgnored(Row row, WorkbookColumn.Scope scope, WorkbookColumn... allowed) {
        var allowedSet = EnumSet.of(WorkbookColumn.CODE, WorkbookColumn.TITLE);
        allowedSet.addAll(List.of(allowed));
        for (var entry : header.columns().entrySet()) {
            if (entry.getValue().scope() == scope && !allowedSet.contains(entry.getValue())) {
                var cell = row.cell(entry.getKey());
                if (text(cell) != null && !fromAbove(cell)) {
                    notes.problem(row, cell, entry.getValue(), RowProblem.Severity.WARNING,
                            "workbook.problem.ignored-on-objective", header.headerText(entry.getKey()));
                }
            }
        }
    }

    private void noteYear(Integer year) {
        if (year == null) {
            return;
        }
        firstYear = firstYear == null ? year : Math.min(firstYear, year);
        lastYear = lastYear == null ? year : Math.max(lastYear, year);
    }
}
