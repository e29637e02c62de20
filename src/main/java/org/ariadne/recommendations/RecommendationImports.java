package org.ariadne.recommendations;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.ariadne.common.spreadsheet.Cell;
import org.ariadne.common.spreadsheet.CellKind;
import org.ariadne.common.spreadsheet.Grid;
import org.ariadne.common.spreadsheet.ReadLimits;
import org.ariadne.common.spreadsheet.SpreadsheetReader;
import org.ariadne.common.spreadsheet.SpreadsheetRefusedException;
import org.ariadne.common.text.NameKey;
import org.ariadne.common.upload.PendingUploads;
import org.ariadne.common.upload.UploadPreview;
import org.ariadne.institutions.InstitutionDirectory;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommendations from a workbook (XLSX, XLS) or a CSV file, with a preview, as the plan workbook is imported: the
 * header row is found below any title rows (English or Albanian words: "No.", "Paragraph", "Recommendation",
 * "Rekomandimi", "Date", "Priority", "Addressed to", "Institucionet", "Language", "Gjuha"); institutions are matched
 * by the directory's names and spellings; every problem names its sheet, row, cell and field; nothing is saved until
 * the officer confirms, into one source (chosen or created on the preview). A formula, or a text that a spreadsheet
 * would run as one, is refused, never stored.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationImports {

    static final String PURPOSE = "recommendations";
    /** Every import goes to the tracker; the source is chosen on the preview. */
    static final String SUBJECT = "tracker";

    enum Column {
        PARAGRAPH, TEXT, DATE, PRIORITY, INSTITUTIONS, LANGUAGE
    }

    private static final Map<String, Column> HEADERS = new LinkedHashMap<>();

    static {
        for (var word : List.of("no", "nr", "no.", "nr.", "number", "numri", "paragraph", "para", "paragrafi",
                "paragraph reference", "ref", "reference", "referenca", "§")) {
            HEADERS.put(NameKey.of(word).isEmpty() ? word : NameKey.of(word), Column.PARAGRAPH);
        }
        for (var word : List.of("recommendation", "recommendations", "recommendation text", "text", "rekomandimi",
                "rekomandim", "rekomandimet", "teksti", "teksti i rekomandimit")) {
            HEADERS.put(NameKey.of(word), Column.TEXT);
        }
        for (var word : List.of("date", "data", "datë", "date of the recommendation")) {
            HEADERS.put(NameKey.of(word), Column.DATE);
        }
        for (var word : List.of("priority", "prioriteti", "përparësia", "perparesia")) {
            HEADERS.put(NameKey.of(word), Column.PRIORITY);
        }
        for (var word : List.of("addressed to", "addressed institutions", "institutions", "institution",
                "responsible institutions", "institucionet", "institucioni", "adresuar", "i drejtohet",
                "drejtuar", "institucionet përgjegjëse", "institucionet e adresuara")) {
            HEADERS.put(NameKey.of(word), Column.INSTITUTIONS);
        }
        for (var word : List.of("language", "lang", "gjuha")) {
            HEADERS.put(NameKey.of(word), Column.LANGUAGE);
        }
    }

    private static final Pattern SPLIT = Pattern.compile("\\s*(?:;|\\n|\\r)\\s*");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"));

    private final PendingUploads uploads;
    private final Recommendations recommendations;
    private final RecommendationParticipants participants;
    private final MessageSource messages;

    RecommendationImports(PendingUploads uploads, Recommendations recommendations,
            RecommendationParticipants participants, MessageSource messages) {
        this.uploads = uploads;
        this.recommendations = recommendations;
        this.participants = participants;
        this.messages = messages;
    }

    /** One row the file would import, as read. */
    public record Row(int row, String paragraph, String language, String text, LocalDate date, Priority priority,
            List<String> institutions) {
    }

    /** What the file would import and what is wrong with it. */
    public record Preview(String token, String fileName, String defaultLanguage, List<Row> rows,
            List<UploadPreview.Problem> problems, String fingerprint) {

        public boolean canConfirm() {
            return !rows.isEmpty() && problems.stream().noneMatch(UploadPreview.Problem::error);
        }
    }

    /** Where confirmed rows go: an existing source, or a new one ({@code sourceId} null). */
    public record Target(Long sourceId, Long planId, SourceKind kind, String name, String round, Integer year) {
    }

    /** Checks that the file can be read and keeps it for the preview; answers its token. */
    @PreAuthorize(Recommendations.EDITORS)
    @Transactional
    public String upload(String fileName, byte[] content, String language) {
        if (content == null || content.length == 0) {
            throw RecommendationException.file("spreadsheet.refused.empty");
        }
        read(content, fileName);
        var chosen = language == null || !language.strip().matches("[A-Za-z]{2,3}") ? "en"
                : language.strip().toLowerCase(Locale.ROOT);
        return uploads.keep(PURPOSE, SUBJECT, Map.of("language", chosen), fileName, content);
    }

    @PreAuthorize(Recommendations.EDITORS)
    public Preview preview(String token, Locale locale) {
        var upload = uploads.find(PURPOSE, SUBJECT, token);
        var language = upload.detail("language") == null ? "en" : upload.detail("language");
        var grid = read(upload.content(), upload.fileName());
        return analyse(token, upload.fileName(), language, grid, locale);
    }

    @PreAuthorize(Recommendations.EDITORS)
    @Transactional
    public void cancel(String token) {
        uploads.discard(PURPOSE, SUBJECT, token);
    }

    /**
     * Imports the previewed rows into the chosen source (or a new one), once: a second confirmation is refused by
     * {@link PendingUploads#confirm}; a preview the file no longer matches is refused as stale.
     */
    @PreAuthorize(Recommendations.EDITORS)
    @Transactional
    public int confirm(String token, String seen, Target target, Locale locale) {
        checkTarget(target);
        return uploads.confirm(PURPOSE, SUBJECT, token, upload -> {
            var language = upload.detail("language") == null ? "en" : upload.detail("language");
            var preview = analyse(token, upload.fileName(), language, read(upload.content(), upload.fileName()), locale);
            PendingUploads.checkUnchanged(seen, preview.fingerprint());
            if (!preview.canConfirm()) {
                throw RecommendationException.file("recommendations.import.not-confirmable");
            }
            long sourceId = target.sourceId() != null ? target.sourceId()
                    : recommendations.createSource(new SourceCommand(target.planId(), target.kind(), target.name(),
                            target.round(), target.year(), null));
            var directory = participants.directory();
            var commands = preview.rows().stream().map(row -> command(row, directory)).toList();
            return recommendations.importInto(sourceId, commands);
        }, count -> count + " recommendations");
    }

    /** The choices on the preview: an existing source, or what a new one needs. */
    @PreAuthorize(Recommendations.EDITORS)
    public void checkTarget(Target target) {
        if (target.sourceId() != null) {
            recommendations.source(target.sourceId());
            return;
        }
        var refusals = new ArrayList<RecommendationException>();
        if (target.planId() == null) {
            refusals.add(RecommendationException.newSource("planId", "recommendations.import.plan-missing"));
        }
        if (target.kind() == null) {
            refusals.add(RecommendationException.newSource("kind", "recommendations.import.kind-missing"));
        }
        if (target.name() == null || target.name().isBlank()) {
            refusals.add(RecommendationException.newSource("name", "recommendations.import.name-missing"));
        }
        if (!refusals.isEmpty()) {
            throw RecommendationException.all(refusals);
        }
        recommendations.checkSource(new SourceCommand(target.planId(), target.kind(), target.name(), target.round(),
                target.year(), null));
    }

    private static RecommendationCommand command(Row row, InstitutionDirectory directory) {
        var ids = row.institutions().stream().map(name -> directory.find(name).orElseThrow().id()).toList();
        String en = "", sq = "", other = "", otherText = "";
        switch (row.language()) {
            case "en" -> en = row.text();
            case "sq" -> sq = row.text();
            default -> {
                other = row.language();
                otherText = row.text();
            }
        }
        return new RecommendationCommand(en, sq, other, otherText, row.paragraph(), row.date(), row.priority(), ids,
                RecommendationStatus.NOT_ADDRESSED, null, null);
    }

    private Grid read(byte[] content, String fileName) {
        try {
            return SpreadsheetReader.read(content, fileName,
                    ReadLimits.defaults().withMaxBytes(uploads.limits().maxBytes()));
        } catch (SpreadsheetRefusedException refused) {
            throw RecommendationException.file(refused.messageKey(), refused.messageArgs());
        }
    }

    Preview analyse(String token, String fileName, String defaultLanguage, Grid grid, Locale locale) {
        var problems = new ArrayList<UploadPreview.Problem>();
        var rows = new ArrayList<Row>();
        var sheet = grid.sheetName();
        var directory = participants.directory();
        Map<Column, Integer> columns = null;
        int headerRow = 0;
        for (var row : grid.rows()) {
            if (row.number() > 30) {
                break;
            }
            var found = new LinkedHashMap<Column, Integer>();
            for (var cell : row.cells()) {
                var header = header(cell.text());
                if (header != null && !found.containsKey(header)) {
                    found.put(header, cell.columnIndex());
                }
            }
            if (found.containsKey(Column.TEXT) && found.size() >= 2) {
                columns = found;
                headerRow = row.number();
                break;
            }
        }
        if (columns == null) {
            problems.add(new UploadPreview.Problem(sheet, 0, null, "A1", true,
                    text(locale, "recommendations.import.no-header")));
            return new Preview(token, fileName, defaultLanguage, List.of(), problems,
                    PendingUploads.fingerprint(List.of(), problems.size()));
        }
        for (var row : grid.rows()) {
            if (row.number() <= headerRow || row.isBlank()) {
                continue;
            }
            int before = problems.size();
            var cells = new LinkedHashMap<Column, String>();
            for (var entry : columns.entrySet()) {
                var cell = row.cell(entry.getValue());
                var field = text(locale, "recommendations.import.column." + entry.getKey().name().toLowerCase(Locale.ROOT));
                if (cell.kind() == CellKind.FORMULA) {
                    problems.add(problem(sheet, row.number(), field, cell, text(locale,
                            "recommendations.import.formula", "=" + cell.formula())));
                    continue;
                }
                var value = cell.text().strip();
                if (looksLikeFormula(value)) {
                    problems.add(problem(sheet, row.number(), field, cell, text(locale,
                            "recommendations.import.formula-text", value.length() > 40 ? value.substring(0, 40) : value)));
                    continue;
                }
                cells.put(entry.getKey(), value);
            }
            var value = cells.getOrDefault(Column.TEXT, "");
            var textCell = row.cell(columns.get(Column.TEXT));
            if (value.isEmpty() && problems.size() == before) {
                if (cells.values().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                problems.add(problem(sheet, row.number(), text(locale, "recommendations.import.column.text"), textCell,
                        text(locale, "recommendations.import.text-missing")));
            } else if (value.length() > 4000) {
                problems.add(problem(sheet, row.number(), text(locale, "recommendations.import.column.text"), textCell,
                        text(locale, "recommendations.import.text-long", 4000)));
            }
            var paragraph = cells.getOrDefault(Column.PARAGRAPH, "");
            if (paragraph.length() > 60) {
                problems.add(problem(sheet, row.number(), text(locale, "recommendations.import.column.paragraph"),
                        row.cell(columns.get(Column.PARAGRAPH)), text(locale, "recommendations.import.paragraph-long", 60)));
            }
            LocalDate date = null;
            if (columns.containsKey(Column.DATE) && !cells.getOrDefault(Column.DATE, "").isEmpty()) {
                var cell = row.cell(columns.get(Column.DATE));
                date = cell.date() != null ? cell.date() : date(cells.get(Column.DATE));
                if (date == null) {
                    problems.add(problem(sheet, row.number(), text(locale, "recommendations.import.column.date"), cell,
                            text(locale, "recommendations.import.date", cells.get(Column.DATE))));
                }
            }
            var priority = Priority.MEDIUM;
            if (!cells.getOrDefault(Column.PRIORITY, "").isEmpty()) {
                priority = priority(cells.get(Column.PRIORITY));
                if (priority == null) {
                    problems.add(problem(sheet, row.number(), text(locale, "recommendations.import.column.priority"),
                            row.cell(columns.get(Column.PRIORITY)),
                            text(locale, "recommendations.import.priority", cells.get(Column.PRIORITY))));
                    priority = Priority.MEDIUM;
                }
            }
            var language = defaultLanguage;
            if (!cells.getOrDefault(Column.LANGUAGE, "").isEmpty()) {
                var typed = cells.get(Column.LANGUAGE).toLowerCase(Locale.ROOT);
                if (typed.matches("[a-z]{2,3}")) {
                    language = typed;
                } else {
                    problems.add(problem(sheet, row.number(), text(locale, "recommendations.import.column.language"),
                            row.cell(columns.get(Column.LANGUAGE)),
                            text(locale, "recommendations.import.language-unknown", cells.get(Column.LANGUAGE))));
                }
            }
            var names = new ArrayList<String>();
            if (!cells.getOrDefault(Column.INSTITUTIONS, "").isEmpty()) {
                var cell = row.cell(columns.get(Column.INSTITUTIONS));
                for (var name : SPLIT.split(cells.get(Column.INSTITUTIONS))) {
                    if (name.isBlank()) {
                        continue;
                    }
                    var found = directory.find(name);
                    if (found.isPresent()) {
                        names.add(found.get().name());
                    } else {
                        var suggestion = directory.suggestions(name, 1).stream().findFirst()
                                .map(i -> text(locale, "recommendations.import.did-you-mean", i.name())).orElse("");
                        problems.add(problem(sheet, row.number(),
                                text(locale, "recommendations.import.column.institutions"), cell,
                                text(locale, "recommendations.import.institution", name) + suggestion));
                    }
                }
            }
            rows.add(new Row(row.number(), paragraph.isEmpty() ? null : paragraph, language, value, date, priority,
                    List.copyOf(names)));
        }
        return new Preview(token, fileName, defaultLanguage, List.copyOf(rows), List.copyOf(problems),
                PendingUploads.fingerprint(rows, problems.stream().map(p -> p.cell() + p.error()).toList()));
    }

    private static UploadPreview.Problem problem(String sheet, int row, String field, Cell cell, String text) {
        return new UploadPreview.Problem(sheet, row, field, cell.reference(), true, text);
    }

    /** A text a spreadsheet would run as a formula when the data is exported again: refused, never stored. */
    static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && (value.charAt(0) == '=' || value.charAt(0) == '+' || value.charAt(0) == '@'
                || (value.charAt(0) == '-' && value.length() > 1 && !Character.isWhitespace(value.charAt(1))
                        && !Character.isLetterOrDigit(value.charAt(1))));
    }

    static Column header(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var key = NameKey.of(text);
        if (key.isEmpty()) {
            return text.strip().startsWith("§") ? Column.PARAGRAPH : null;
        }
        var exact = HEADERS.get(key);
        if (exact != null) {
            return exact;
        }
        // "Recommendation (English)", "Date of adoption": the first word decides
        var first = key.split(" ")[0];
        return key.length() <= 40 ? HEADERS.get(first) : null;
    }

    static Priority priority(String text) {
        var key = NameKey.of(text);
        return switch (key) {
            case "high", "h", "e larte", "i larte", "larte", "1" -> Priority.HIGH;
            case "medium", "m", "e mesme", "i mesem", "mesme", "mesem", "2" -> Priority.MEDIUM;
            case "low", "l", "e ulet", "i ulet", "ulet", "3" -> Priority.LOW;
            default -> null;
        };
    }

    private static LocalDate date(String text) {
        for (var format : DATES) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException unreadable) {
                // the next format
            }
        }
        return null;
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
