package org.ariadne.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ariadne.common.spreadsheet.Cell;
import org.ariadne.common.spreadsheet.CellKind;
import org.ariadne.common.spreadsheet.Grid;
import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.ariadne.common.text.LenientNumber;
import org.ariadne.common.text.NameKey;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.institutions.InstitutionView;

/**
 * Reads a participant list, uploaded as a spreadsheet or typed one person a line, into participants and problems.
 * The columns, in this order under a heading row: name, institution, role, sex, pre-test score, post-test score.
 * Every problem names its sheet, row, cell and field. A formula, or text a spreadsheet would take for one
 * ("=HYPERLINK(…)", "@SUM(…)"), is refused rather than kept, so that the list can be downloaded again safely.
 */
final class ParticipantList {

    static final int MAX_PARTICIPANTS = 2000;
    static final List<String> FIELDS = List.of("name", "institution", "role", "sex", "preScore", "postScore");

    record Read(List<ParticipantRow> participants, List<ListProblem> problems) {

        long errors() {
            return problems.stream().filter(ListProblem::error).count();
        }
    }

    private static final Map<String, Sex> SEXES = Map.ofEntries(Map.entry("f", Sex.FEMALE),
            Map.entry("female", Sex.FEMALE), Map.entry("woman", Sex.FEMALE), Map.entry("w", Sex.FEMALE),
            Map.entry("femer", Sex.FEMALE), Map.entry("grua", Sex.FEMALE), Map.entry("m", Sex.MALE),
            Map.entry("male", Sex.MALE), Map.entry("man", Sex.MALE), Map.entry("mashkull", Sex.MALE),
            Map.entry("burre", Sex.MALE));

    private ParticipantList() {
    }

    /** The first sheet of an uploaded workbook: the first non-blank row is the heading. */
    static Read read(Grid grid, InstitutionDirectory directory) {
        var sheet = grid.sheetName();
        var rows = new ArrayList<List<Cell>>();
        var numbers = new ArrayList<Integer>();
        boolean heading = true;
        for (var row : grid.rows()) {
            if (row.isBlank()) {
                continue;
            }
            if (heading) {
                heading = false;
                continue;
            }
            var cells = new ArrayList<Cell>();
            for (int c = 0; c < FIELDS.size(); c++) {
                cells.add(row.cell(c));
            }
            rows.add(cells);
            numbers.add(row.number());
        }
        var participants = new ArrayList<ParticipantRow>();
        var problems = new ArrayList<ListProblem>();
        if (rows.isEmpty()) {
            problems.add(new ListProblem(sheet, 0, null, null, true, "training.list.empty"));
        }
        if (rows.size() > MAX_PARTICIPANTS) {
            problems.add(new ListProblem(sheet, 0, null, null, true, "training.list.too-many", MAX_PARTICIPANTS));
            return new Read(List.of(), problems);
        }
        for (int i = 0; i < rows.size(); i++) {
            var cells = rows.get(i);
            var texts = new ArrayList<String>();
            var refs = new ArrayList<String>();
            boolean formula = false;
            for (int c = 0; c < cells.size(); c++) {
                var cell = cells.get(c);
                refs.add(cell.reference());
                if (cell.kind() == CellKind.FORMULA) {
                    problems.add(new ListProblem(sheet, numbers.get(i), FIELDS.get(c), cell.reference(), true,
                            "training.list.formula"));
                    formula = true;
                    texts.add("");
                } else {
                    texts.add(cell.text());
                }
            }
            if (!formula) {
                line(sheet, numbers.get(i), texts, refs, directory, problems).ifPresent(participants::add);
            }
        }
        return new Read(participants, problems);
    }

    /** A typed list: one participant a line, the fields separated by semicolons (or tabs, pasted from a sheet). */
    static Read typed(String text, InstitutionDirectory directory) {
        var participants = new ArrayList<ParticipantRow>();
        var problems = new ArrayList<ListProblem>();
        var lines = text == null ? new String[0] : text.split("\\R");
        int count = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (++count > MAX_PARTICIPANTS) {
                problems.add(new ListProblem(null, 0, null, null, true, "training.list.too-many", MAX_PARTICIPANTS));
                return new Read(List.of(), problems);
            }
            var fields = new ArrayList<String>(List.of(lines[i].split(lines[i].contains("\t") ? "\t" : ";", -1)));
            while (fields.size() < FIELDS.size()) {
                fields.add("");
            }
            var refs = new ArrayList<String>();
            for (int c = 0; c < FIELDS.size(); c++) {
                refs.add(null);
                fields.set(c, fields.get(c).strip());
            }
            line(null, i + 1, fields.subList(0, FIELDS.size()), refs, directory, problems).ifPresent(participants::add);
        }
        if (count == 0) {
            problems.add(new ListProblem(null, 0, null, null, true, "training.list.empty"));
        }
        return new Read(participants, problems);
    }

    private static Optional<ParticipantRow> line(String sheet, int row, List<String> texts, List<String> refs,
            InstitutionDirectory directory, List<ListProblem> problems) {
        int before = problems.size();
        for (int c = 0; c < texts.size(); c++) {
            if (SafeSpreadsheetWriter.needsNeutralising(texts.get(c)) && !isNumberField(c)) {
                problems.add(new ListProblem(sheet, row, FIELDS.get(c), refs.get(c), true, "training.list.formula-text"));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        var name = texts.get(0);
        if (name.isEmpty()) {
            problems.add(new ListProblem(sheet, row, "name", refs.get(0), true, "training.list.name-missing"));
        } else if (name.length() > 200) {
            problems.add(new ListProblem(sheet, row, "name", refs.get(0), true, "training.list.too-long", 200));
        }
        Optional<InstitutionView> institution = Optional.empty();
        if (texts.get(1).isEmpty()) {
            problems.add(new ListProblem(sheet, row, "institution", refs.get(1), true, "training.list.institution-missing"));
        } else {
            institution = directory.find(texts.get(1));
            if (institution.isEmpty()) {
                problems.add(new ListProblem(sheet, row, "institution", refs.get(1), true,
                        "training.list.institution-unknown", texts.get(1)));
            }
        }
        var role = texts.get(2);
        if (role.length() > 200) {
            problems.add(new ListProblem(sheet, row, "role", refs.get(2), true, "training.list.too-long", 200));
        }
        var sex = SEXES.get(NameKey.of(texts.get(3)));
        if (sex == null) {
            problems.add(new ListProblem(sheet, row, "sex", refs.get(3), true, "training.list.sex", texts.get(3)));
        }
        var pre = score(sheet, row, 4, texts.get(4), refs.get(4), problems);
        var post = score(sheet, row, 5, texts.get(5), refs.get(5), problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ParticipantRow(name, institution.orElseThrow().id(), role.isEmpty() ? null : role, sex,
                pre, post));
    }

    private static boolean isNumberField(int column) {
        return column >= 4;
    }

    private static BigDecimal score(String sheet, int row, int column, String text, String ref,
            List<ListProblem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        var number = LenientNumber.parse(text);
        var value = number.hasProblem() ? null : number.value();
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new ListProblem(sheet, row, FIELDS.get(column), ref, true, "training.list.score", text));
            return null;
        }
        return value;
    }
}
