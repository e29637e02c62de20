package org.ariadne.victimdata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.ariadne.common.spreadsheet.Cell;
import org.ariadne.common.spreadsheet.CellKind;
import org.ariadne.common.spreadsheet.Grid;
import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.ariadne.common.text.NameKey;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.victimdata.linkage.Sex;

/**
 * Reads an institution's case workbook (first sheet, first non-blank row the heading) into {@link CaseCommand}s, one
 * a row, and problems naming sheet, row and cell. The columns are found by their heading, in any order, in English or
 * Albanian (the labels of the case form) or a common variant ("DOB", "Emri", "Gender"); unknown columns are noted and
 * ignored. Values are read as the form reads them: dates as dates or day.month.year, choices by their label or name,
 * several forms or services separated by commas. A formula, or text a spreadsheet would take for one, is refused.
 */
final class CaseWorkbook {

    static final int MAX_ROWS = 2000;

    enum Kind { DATE, INSTITUTION, TEXT, NUMBER, STATUS, SEX, SCOPE, FORMS, SERVICES, DECISION, YES_NO }

    /** A column of the template: its {@link CaseCommand} field, what it holds, whether a row needs it, its variants. */
    record Column(String field, Kind kind, boolean required, int maxLength, List<String> variants) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("identifiedOn", Kind.DATE, true, 0, List.of("identification date", "date identified",
                    "date of identification", "data e identifikimit", "datum identifikacije")),
            new Column("identifyingInstitutionId", Kind.INSTITUTION, true, 0, List.of("institution",
                    "identified by", "identifying institution", "institucioni", "institucija")),
            new Column("referringInstitutionId", Kind.INSTITUTION, false, 0, List.of("referred by",
                    "referring institution", "referuar nga", "upucen od")),
            new Column("status", Kind.STATUS, true, 0, List.of("victim status", "statusi", "status zrtve")),
            new Column("sex", Kind.SEX, true, 0, List.of("gender", "gjinia", "pol", "sex m f")),
            new Column("ageAtIdentification", Kind.NUMBER, false, 0, List.of("age", "mosha", "starost")),
            new Column("citizenship", Kind.TEXT, false, 2, List.of("nationality", "shtetesia", "drzavljanstvo",
                    "country")),
            new Column("region", Kind.TEXT, false, 100, List.of("rajoni", "regija", "district")),
            new Column("municipality", Kind.TEXT, false, 100, List.of("komuna", "opstina", "city")),
            new Column("scope", Kind.SCOPE, true, 0, List.of("internal or transnational", "type of trafficking",
                    "lloji", "fusha")),
            new Column("forms", Kind.FORMS, false, 0, List.of("exploitation", "form of exploitation",
                    "type of exploitation", "forma e shfrytezimit", "oblik eksploatacije")),
            new Column("referredOn", Kind.DATE, false, 0, List.of("referral date", "date referred")),
            new Column("assistanceDecision", Kind.DECISION, false, 0, List.of("assistance", "asistenca")),
            new Column("assistanceDecidedOn", Kind.DATE, false, 0, List.of("assistance date")),
            new Column("shelteredOn", Kind.DATE, false, 0, List.of("shelter date", "date sheltered")),
            new Column("protectionOn", Kind.DATE, false, 0, List.of("protection date")),
            new Column("courtCaseOn", Kind.DATE, false, 0, List.of("court case date", "court date")),
            new Column("reintegrationOn", Kind.DATE, false, 0, List.of("reintegration date")),
            new Column("closedOn", Kind.DATE, false, 0, List.of("closure date", "date closed", "closed")),
            new Column("services", Kind.SERVICES, false, 0, List.of("services", "sherbimet", "usluge")),
            new Column("consentToShare", Kind.YES_NO, false, 0, List.of("consent", "pelqimi", "saglasnost")),
            new Column("notes", Kind.TEXT, false, 4000, List.of("comments", "remarks", "shenime", "napomene")),
            new Column("firstNames", Kind.TEXT, false, 200, List.of("first name", "given name", "given names",
                    "name", "emri", "ime")),
            new Column("surnames", Kind.TEXT, false, 200, List.of("surname", "last name", "family name",
                    "mbiemri", "prezime")),
            new Column("dateOfBirth", Kind.DATE, false, 0, List.of("dob", "birth date", "date of birth",
                    "born", "datelindja", "data e lindjes", "datum rodjenja")),
            new Column("placeOfBirth", Kind.TEXT, false, 100, List.of("birthplace", "place of birth",
                    "vendlindja", "mesto rodjenja")),
            new Column("fatherFirstName", Kind.TEXT, false, 100, List.of("father", "father s name",
                    "emri i babait", "ime oca")),
            new Column("motherFirstName", Kind.TEXT, false, 100, List.of("mother", "mother s name",
                    "emri i nenes", "ime majke")),
            new Column("documentNumbers", Kind.TEXT, false, 500, List.of("document number", "document",
                    "documents", "passport", "passport number", "id number", "numri i dokumentit",
                    "nr dokumenti", "broj dokumenta")));

    private static final List<DateTimeFormatter> DATES = List.of("d.M.uuuu", "d/M/uuuu", "uuuu-M-d", "d-M-uuuu")
            .stream().map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
            .toList();

    /** A row that can be registered: its Excel number and what it records. */
    record Line(int row, CaseCommand command) {
    }

    record Read(List<Line> lines, List<ImportProblem> problems) {
    }

    /**
     * The words the officer may use: {@code labels} gives the texts of a message key in every language the
     * application speaks (the template's headings and the form's choices).
     */
    private final Function<String, List<String>> labels;
    private final InstitutionDirectory directory;
    private final LocalDate today;
    private final Map<String, Column> headings = new HashMap<>();

    CaseWorkbook(Function<String, List<String>> labels, InstitutionDirectory directory, LocalDate today) {
        this.labels = labels;
        this.directory = directory;
        this.today = today;
        for (var column : COLUMNS) {
            heading(column.field(), column);
            labels.apply("victimdata.field." + column.field()).forEach(label -> heading(label, column));
            column.variants().forEach(variant -> heading(variant, column));
        }
    }

    private void heading(String text, Column column) {
        headings.putIfAbsent(NameKey.of(text), column);
    }

    /** The column a heading names, whatever its language, case, accents or a trailing star; null if none. */
    Column column(String heading) {
        return headings.get(NameKey.of(heading));
    }

    Read read(Grid grid) {
        var sheet = grid.sheetName();
        var problems = new ArrayList<ImportProblem>();
        var rows = grid.rows().stream().filter(row -> !row.isBlank()).toList();
        if (rows.isEmpty()) {
            problems.add(problem(sheet, 0, null, null, "victimdata.import.empty"));
            return new Read(List.of(), problems);
        }
        var heading = rows.get(0);
        var columns = new LinkedHashMap<Integer, Column>();
        var seen = new HashMap<String, String>();
        for (int c = 0; c < heading.size(); c++) {
            var cell = heading.cell(c);
            if (cell.isEmpty()) {
                continue;
            }
            var column = cell.kind() == CellKind.FORMULA ? null : column(cell.text());
            if (column == null) {
                problems.add(new ImportProblem(sheet, heading.number(), null, cell.reference(), false,
                        "victimdata.import.unknown-column", List.of(cell.reference(), cell.text())));
            } else if (seen.containsKey(column.field())) {
                problems.add(new ImportProblem(sheet, heading.number(), column.field(), cell.reference(), true,
                        "victimdata.import.twice", List.of(cell.reference(), seen.get(column.field()))));
            } else {
                seen.put(column.field(), cell.reference());
                columns.put(c, column);
            }
        }
        for (var column : COLUMNS) {
            if (column.required() && !seen.containsKey(column.field())) {
                problems.add(new ImportProblem(sheet, heading.number(), column.field(), null, true,
                        "victimdata.import.column-missing", List.of()));
            }
        }
        if (problems.stream().anyMatch(ImportProblem::error)) {
            return new Read(List.of(), problems);
        }
        if (rows.size() == 1) {
            problems.add(problem(sheet, 0, null, null, "victimdata.import.no-rows"));
            return new Read(List.of(), problems);
        }
        if (rows.size() - 1 > MAX_ROWS) {
            problems.add(new ImportProblem(sheet, 0, null, null, true, "victimdata.import.too-many",
                    List.of(MAX_ROWS)));
            return new Read(List.of(), problems);
        }
        var lines = new ArrayList<Line>();
        for (var row : rows.subList(1, rows.size())) {
            var values = new HashMap<String, Object>();
            int before = problems.size();
            for (var entry : columns.entrySet()) {
                var column = entry.getValue();
                var value = value(sheet, row.cell(entry.getKey()), column, problems);
                if (value != null) {
                    values.put(column.field(), value);
                }
            }
            var cells = new HashMap<String, String>();
            columns.forEach((index, column) -> cells.put(column.field(), row.cell(index).reference()));
            for (var column : COLUMNS) {
                if (column.required() && !values.containsKey(column.field())
                        && problems.subList(before, problems.size()).stream()
                                .noneMatch(p -> column.field().equals(p.field()))) {
                    problems.add(new ImportProblem(sheet, row.number(), column.field(), cells.get(column.field()),
                            true, "victimdata.import.required", List.of(cells.get(column.field()))));
                }
            }
            if (problems.size() > before) {
                continue;
            }
            var command = command(values);
            try {
                command.checkStages();
                lines.add(new Line(row.number(), command));
            } catch (VictimDataException refused) {
                for (var each : refused.each()) {
                    var field = ((VictimDataException) each).field();
                    problems.add(new ImportProblem(sheet, row.number(), field, cells.get(field), true,
                            "victimdata.import.stage", List.of(cells.getOrDefault(field, ""), each.arguments()[0],
                                    each.arguments()[1])));
                }
            }
        }
        return new Read(lines, problems);
    }

    private static ImportProblem problem(String sheet, int row, String field, String cell, String key) {
        return new ImportProblem(sheet, row, field, cell, true, key, List.of());
    }

    /** The value of one cell as its column reads it; null when empty or refused (then a problem says why). */
    private Object value(String sheet, Cell cell, Column column, List<ImportProblem> problems) {
        var where = cell.reference();
        if (cell.kind() == CellKind.FORMULA) {
            problems.add(new ImportProblem(sheet, cell.rowNumber(), column.field(), where, true,
                    "victimdata.import.formula", List.of(where)));
            return null;
        }
        if (cell.isEmpty()) {
            return null;
        }
        var text = cell.text().strip();
        if (column.kind() != Kind.DATE && column.kind() != Kind.NUMBER
                && SafeSpreadsheetWriter.needsNeutralising(text)) {
            problems.add(new ImportProblem(sheet, cell.rowNumber(), column.field(), where, true,
                    "victimdata.import.formula-text", List.of(where)));
            return null;
        }
        Object value = switch (column.kind()) {
            case DATE -> date(cell, text);
            case INSTITUTION -> directory.find(text).map(found -> (Object) found.id()).orElse(null);
            case TEXT -> text;
            case NUMBER -> age(cell, text);
            case STATUS -> choice(CaseStatus.class, "victimdata.status.", text, Map.of("presumed", CaseStatus.PRESUMED,
                    "identified", CaseStatus.IDENTIFIED, "i mundshem", CaseStatus.PRESUMED,
                    "i identifikuar", CaseStatus.IDENTIFIED));
            case SEX -> choice(Sex.class, "victimdata.sex.", text, Map.of("f", Sex.FEMALE, "m", Sex.MALE,
                    "w", Sex.FEMALE, "woman", Sex.FEMALE, "man", Sex.MALE, "femer", Sex.FEMALE,
                    "mashkull", Sex.MALE, "z", Sex.FEMALE, "zensko", Sex.FEMALE, "musko", Sex.MALE));
            case SCOPE -> choice(CaseScope.class, "victimdata.scope.", text, Map.of("internal", CaseScope.INTERNAL,
                    "transnational", CaseScope.TRANSNATIONAL, "i brendshem", CaseScope.INTERNAL,
                    "nderkombetar", CaseScope.TRANSNATIONAL, "international", CaseScope.TRANSNATIONAL));
            case FORMS -> several(ExploitationForm.class, "victimdata.exploitation.", text);
            case SERVICES -> several(VictimService.class, "victimdata.service.", text);
            case DECISION -> choice(AssistanceDecision.class, "victimdata.decision.", text, Map.of());
            case YES_NO -> choice(Boolean.class, null, text, Map.of("yes", true, "no", false, "po", true, "jo",
                    false, "da", true, "ne", false, "true", true, "false", false, "1", true, "0", false));
        };
        if (value == null) {
            problems.add(new ImportProblem(sheet, cell.rowNumber(), column.field(), where, true,
                    "victimdata.import.unreadable." + column.kind().name().toLowerCase(java.util.Locale.ROOT),
                    List.of(where, text)));
            return null;
        }
        if (column.kind() == Kind.TEXT && column.maxLength() > 0 && text.length() > column.maxLength()) {
            problems.add(new ImportProblem(sheet, cell.rowNumber(), column.field(), where, true,
                    "victimdata.import.too-long", List.of(where, column.maxLength())));
            return null;
        }
        if ("citizenship".equals(column.field()) && !text.matches("[A-Za-z]{2}")) {
            problems.add(new ImportProblem(sheet, cell.rowNumber(), column.field(), where, true,
                    "victimdata.import.citizenship", List.of(where, text)));
            return null;
        }
        if (value instanceof LocalDate date && date.isAfter(today)) {
            problems.add(new ImportProblem(sheet, cell.rowNumber(), column.field(), where, true,
                    "victimdata.import.future", List.of(where, text)));
            return null;
        }
        return value;
    }

    private static LocalDate date(Cell cell, String text) {
        if (cell.kind() == CellKind.DATE && cell.date() != null) {
            return cell.date();
        }
        if (cell.kind() != CellKind.TEXT) {
            return null;
        }
        var typed = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        for (var format : DATES) {
            try {
                return LocalDate.parse(typed, format);
            } catch (DateTimeParseException notThisOne) {
                // the next format
            }
        }
        return null;
    }

    private static Integer age(Cell cell, String text) {
        BigDecimal number = cell.number();
        try {
            number = number != null ? number : new BigDecimal(text);
        } catch (NumberFormatException unreadable) {
            return null;
        }
        if (number.scale() > 0 && number.stripTrailingZeros().scale() > 0) {
            return null;
        }
        int age = number.intValue();
        return age < 0 || age > 120 ? null : age;
    }

    private <E> E choice(Class<E> type, String prefix, String text, Map<String, E> extra) {
        var key = NameKey.of(text);
        for (var entry : extra.entrySet()) {
            if (NameKey.of(entry.getKey()).equals(key)) {
                return entry.getValue();
            }
        }
        if (type.isEnum()) {
            for (var constant : type.getEnumConstants()) {
                var name = ((Enum<?>) constant).name();
                if (NameKey.of(name).equals(key) || NameKey.of(name.replace('_', ' ')).equals(key)
                        || labels.apply(prefix + name).stream().anyMatch(label -> NameKey.of(label).equals(key))) {
                    return constant;
                }
            }
        }
        return null;
    }

    private <E extends Enum<E>> Set<E> several(Class<E> type, String prefix, String text) {
        var chosen = EnumSet.noneOf(type);
        for (var part : text.split("[,;\\n\\r]+")) {
            if (part.isBlank()) {
                continue;
            }
            var one = choice(type, prefix, part, Map.of());
            if (one == null) {
                return null;
            }
            chosen.add(one);
        }
        return chosen;
    }

    @SuppressWarnings("unchecked")
    private static CaseCommand command(Map<String, Object> values) {
        return new CaseCommand((LocalDate) values.get("identifiedOn"), (Long) values.get("identifyingInstitutionId"),
                (Long) values.get("referringInstitutionId"), (CaseStatus) values.get("status"),
                (Sex) values.get("sex"), (Integer) values.get("ageAtIdentification"),
                (String) values.getOrDefault("citizenship", ""), (String) values.getOrDefault("region", ""),
                (String) values.getOrDefault("municipality", ""), (CaseScope) values.get("scope"),
                (Set<ExploitationForm>) values.get("forms"), (LocalDate) values.get("referredOn"),
                (AssistanceDecision) values.get("assistanceDecision"), (LocalDate) values.get("assistanceDecidedOn"),
                (LocalDate) values.get("shelteredOn"), (LocalDate) values.get("protectionOn"),
                (LocalDate) values.get("courtCaseOn"), (LocalDate) values.get("reintegrationOn"),
                (LocalDate) values.get("closedOn"), (Set<VictimService>) values.get("services"),
                (Boolean) values.get("consentToShare"), (String) values.getOrDefault("notes", ""),
                (String) values.getOrDefault("firstNames", ""), (String) values.getOrDefault("surnames", ""),
                (LocalDate) values.get("dateOfBirth"), (String) values.getOrDefault("placeOfBirth", ""),
                (String) values.getOrDefault("fatherFirstName", ""), (String) values.getOrDefault("motherFirstName", ""),
                (String) values.getOrDefault("documentNumbers", ""));
    }
}
