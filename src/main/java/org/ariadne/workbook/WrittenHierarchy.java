package org.ariadne.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ariadne.common.spreadsheet.Cell;
import org.ariadne.common.spreadsheet.Grid;
import org.ariadne.common.spreadsheet.Row;
import org.ariadne.common.text.NameKey;
import org.ariadne.plan.PlanCode;
import org.ariadne.plan.SpecificObjectiveCommand;
import org.ariadne.plan.StrategicObjectiveCommand;
import org.ariadne.workbook.DraftElements.Element;
import org.ariadne.workbook.DraftElements.SpecificBuilder;
import org.ariadne.workbook.DraftElements.StrategicBuilder;

import static org.ariadne.workbook.Cells.freshValues;
import static org.ariadne.workbook.Cells.text;

/**
 * The plan's levels as the file writes them: codes in a column, numbers in the title ("A1.1.1 Organise ..."),
 * objective rows in words ("STRATEGIC OBJECTIVE 1: ...", "Мера 1.1"), sections above the objectives and numbering
 * with a fourth level. Holds the objectives read so far and where the next row belongs.
 */
final class WrittenHierarchy {

    enum Kind {
        SECTION, STRATEGIC, SPECIFIC, ACTIVITY
    }

    /** A number (and the words before it) at the start of a text, and the title after it. */
    record Numbered(Kind kind, List<Integer> numbers, String title, String original) {
    }

    /** A plan code for a number read from the file, after dropping the section levels above the plan's three. */
    record Code(PlanCode code, boolean section, List<Integer> numbers) {
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

    private final HeaderMap header;
    private final ReadingNotes notes;
    private final AreaWords areas;
    private final AreaChoices planAreas;
    private final List<StrategicBuilder> objectives = new ArrayList<>();
    private final Map<String, StrategicBuilder> strategicByCode = new HashMap<>();
    private final Map<String, SpecificBuilder> specificByCode = new HashMap<>();
    private final Map<String, Integer> codeRows = new HashMap<>();
    /** Numbering levels above the three of the plan ("1.1.1.1" in a four-level plan): sections. */
    private int shift;
    /** Set once the file writes its hierarchy in words or merged rows instead of a code column. */
    private boolean headingMode;
    private StrategicBuilder currentStrategic;
    private SpecificBuilder currentSpecific;
    private String currentSection;
    /** The plan's area the current section is (its own name, or an area of the plan it names), if any. */
    private AreaChoices.Resolved currentSectionArea;
    private boolean sectionNoted;

    WrittenHierarchy(HeaderMap header, ReadingNotes notes, AreaWords areas, AreaChoices planAreas) {
        this.header = header;
        this.notes = notes;
        this.areas = areas;
        this.planAreas = planAreas;
    }

    List<StrategicBuilder> objectives() {
        return objectives;
    }

    int shift() {
        return shift;
    }

    boolean headingMode() {
        return headingMode;
    }

    StrategicBuilder currentStrategic() {
        return currentStrategic;
    }

    SpecificBuilder currentSpecific() {
        return currentSpecific;
    }

    void enter(StrategicBuilder strategic) {
        currentStrategic = strategic;
    }

    StrategicBuilder strategic(String code) {
        return strategicByCode.get(code);
    }

    SpecificBuilder specific(String code) {
        return specificByCode.get(code);
    }

    /** Claims a code for a row; the row that claimed it earlier when it is taken, else null. */
    Integer claim(String code, int row) {
        return codeRows.putIfAbsent(code, row);
    }

    /**
     * Reads "STRATEGIC OBJECTIVE 1: ...", "Objektivi specifik 1.1 ...", "Мера 1.1", "A1.1.1 Organise ...",
     * "1.1.1. Organise ...", "II. GENERAL MEASURES". {@code strictTitle}: a title cell counts only with a code
     * that has at least two numbers or a known word before it (a title "2016 campaign" is not numbered).
     */
    static Numbered numbered(String text, boolean strictTitle) {
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
        var numbers = Arrays.stream(matcher.group(2).split("\\.")).map(String::strip).map(Integer::valueOf).toList();
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

    /** "1.1.1.1" in the file: the plan has levels above its strategic objectives, read as sections. */
    void findNumberingShift(Grid grid, int dataStart) {
        int deepest = 0;
        var rows = grid.rows();
        for (int i = dataStart; i < rows.size(); i++) {
            var row = rows.get(i);
            var code = text(header.cell(row, WorkbookColumn.CODE));
            var candidates = new ArrayList<String>();
            if (code != null) {
                candidates.add(code);
            }
            var values = freshValues(row);
            if (values.size() == 1) {
                candidates.add(text(values.get(0)));
            }
            var title = text(header.cell(row, WorkbookColumn.TITLE));
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
        shift = Math.max(0, deepest - 3);
    }

    Code codeOf(String raw) {
        var parsed = PlanCode.parse(raw);
        if (parsed.isPresent() && shift == 0) {
            return new Code(parsed.get(), false, parsed.get().numbers());
        }
        return codeOf(numbered(raw, false));
    }

    Code codeOf(Numbered numbered) {
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
    Numbered heading(Row row, List<Cell> values) {
        if (values.size() != 1) {
            return null;
        }
        var cell = values.get(0);
        var text = text(cell);
        var mapped = header.columns().get(cell.columnIndex());
        if (mapped != null && mapped != WorkbookColumn.CODE && mapped != WorkbookColumn.TITLE && !cell.isMerged()) {
            return null; // a lone indicator, institution or amount continues the element above
        }
        var codeColumn = header.columnOf(WorkbookColumn.CODE);
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
        var titleColumn = header.columnOf(WorkbookColumn.TITLE);
        boolean inTitle = titleColumn != null && cell.columnIndex() == titleColumn && !cell.isMerged();
        if (inTitle && (headingMode || currentSpecific != null)) {
            return null; // an activity with nothing but its title
        }
        return new Numbered(Kind.SECTION, null, text, text);
    }

    /** A heading row: a section (remembered, noted), or an objective; null when the row starts no element. */
    Element readHeading(Row row, Numbered heading, List<Cell> values) {
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
            notes.use(value);
        }
        var title = heading.title().isBlank() ? heading.original() : heading.title();
        switch (kind) {
            case SECTION -> {
                currentSection = title;
                // a section is the plan's pillar: one of its areas, or an area the officer may add (the default)
                currentSectionArea = planAreas.resolve(title, row.number());
                // one message for the cell: the section, and the area it is (a new one unless the officer chose)
                Object area = currentSectionArea.code() == null ? "—"
                        : !currentSectionArea.known()
                                && currentSectionArea.decision().action() == UnknownArea.Action.ADD
                                ? ReadingNotes.message("workbook.note.area-new", currentSectionArea.label())
                                : currentSectionArea.label();
                notes.noteAt(cell, sectionNoted ? "workbook.note.section" : "workbook.note.section-first", title, area);
                sectionNoted = true;
                currentStrategic = null;
                currentSpecific = null;
                return null;
            }
            case STRATEGIC -> {
                var code = preferredCode(numbers, 1, null);
                codeRows.putIfAbsent(code, row.number());
                return addStrategic(row, code, title, null);
            }
            case SPECIFIC -> {
                if (currentStrategic == null) {
                    // a measure without an objective above it: the measure is the plan's top level here
                    var soCode = preferredCode(null, 1, null);
                    addStrategic(row, soCode, currentSection != null ? currentSection : title, null);
                    notes.noteAt(cell, "workbook.note.objective-added", soCode,
                            currentSection != null ? currentSection : title);
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
    String preferredCode(List<Integer> numbers, int level, StrategicBuilder parent) {
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

    /** The next free activity code under the current specific objective. */
    String generatedActivityCode() {
        var base = "A" + currentSpecific.code().substring(3) + ".";
        int n = 1;
        while (codeRows.containsKey(base + n)) {
            n++;
        }
        return base + n;
    }

    /**
     * A strategic objective in the area its row names ({@code written}); without one, the area of its section, or
     * the usual area its title names (with a note); or none, since an objective need not have an area.
     */
    StrategicBuilder addStrategic(Row row, String code, String title, String written) {
        var areaCell = header.cell(row, WorkbookColumn.THEMATIC_AREA);
        String area = null;
        if (written != null) {
            var resolved = planAreas.resolve(written, row.number());
            area = resolved.code();
            noteUnknownArea(areaCell, resolved);
        } else if (areaCell == null || text(areaCell) == null) {
            // the plan names its areas in its sections or objectives ("I. GENERAL MEASURES", "Parandalimi ...")
            String label = null;
            if (currentSection != null && currentSectionArea != null && currentSectionArea.code() != null) {
                area = currentSectionArea.code();
                label = currentSectionArea.label();
            } else if (currentSection == null) {
                var guessed = planAreas.usual(areas.areaIn(title));
                if (guessed != null) {
                    area = guessed.code();
                    label = guessed.name();
                }
            }
            var place = freshValues(row).isEmpty() ? null : freshValues(row).get(0);
            if (area != null && place != null) {
                notes.noteAt(place, "workbook.note.area-from-title", code, label);
            }
        }
        var builder = new StrategicBuilder(row.number(), new StrategicObjectiveCommand(code, title, null, area));
        objectives.add(builder);
        strategicByCode.put(code, builder);
        currentStrategic = builder;
        currentSpecific = null;
        return builder;
    }

    /** Says by the cell what becomes of an area the plan does not have, as the officer chose (or will choose). */
    private void noteUnknownArea(Cell cell, AreaChoices.Resolved resolved) {
        if (resolved.known() || cell == null) {
            return;
        }
        switch (resolved.decision().action()) {
            case ADD -> notes.noteAt(cell, "workbook.note.new-area", resolved.label());
            case MAP -> notes.noteAt(cell, "workbook.note.area-mapped", text(cell), resolved.label());
            case NONE -> notes.noteAt(cell, "workbook.note.area-left-empty", text(cell));
        }
    }

    SpecificBuilder addSpecific(Row row, String code, String title) {
        var builder = new SpecificBuilder(row.number(), new SpecificObjectiveCommand(code, title, null));
        currentStrategic.children.add(builder);
        specificByCode.put(code, builder);
        currentSpecific = builder;
        return builder;
    }
}
