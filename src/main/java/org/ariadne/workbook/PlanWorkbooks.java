package org.ariadne.workbook;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ariadne.common.spreadsheet.Grid;
import org.ariadne.common.spreadsheet.ReadLimits;
import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.ariadne.common.spreadsheet.SpreadsheetReader;
import org.ariadne.common.spreadsheet.SpreadsheetRefusedException;
import org.ariadne.common.text.NameKey;
import org.ariadne.common.upload.PendingUpload;
import org.ariadne.common.upload.PendingUploads;
import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.institutions.InstitutionView;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ImportOutcome;
import org.ariadne.plan.PlanCommand;
import org.ariadne.plan.PlanImport;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.Plans;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan workbook import and export. Import is three steps: upload (hostile files are refused and nothing is
 * kept), preview (every problem and change, institutions to create or map), confirm (all or nothing).
 */
@Service
class PlanWorkbooks {

    /** How alike two names must be for an unknown name to be linked to a known institution without asking. */
    private static final double SAME_NAME = 0.92;
    /** How many institutions are suggested for a name the directory does not know. */
    private static final int SUGGESTIONS = 3;
    /** A separator between names of institutions: such a cell may hold several. */
    private static final java.util.regex.Pattern SEVERAL_NAMES = java.util.regex.Pattern.compile(
            "[,;/&\\n]|\\s(and|dhe|и|i|е)\\s", java.util.regex.Pattern.UNICODE_CASE);

    /** What a plan workbook upload is, among the uploads waiting for confirmation. */
    static final String UPLOAD = "plan-workbook";

    private final PendingUploads uploads;
    private final Vocabulary vocabulary;
    private final Plans plans;
    private final PlanImport planImport;
    private final Institutions institutions;
    private final Clock clock;
    private final ColumnMappings columnMappings;

    /**
     * What the officer chose on the preview about how the file is read: the sheet that holds the plan (null: the
     * one that looks most like it) and what the unrecognised columns are (header key to a column name or IGNORE).
     */
    record Choices(String sheet, Map<String, String> columns, Map<String, UnknownArea.Decision> areas) {
        static final Choices NONE = new Choices(null, Map.of());

        Choices {
            columns = columns == null ? Map.of() : Map.copyOf(columns);
            areas = areas == null ? Map.of() : Map.copyOf(areas);
        }

        Choices(String sheet, Map<String, String> columns) {
            this(sheet, columns, Map.of());
        }

        /** The same choices, and what each area the file names and the plan has not becomes (by the name's key). */
        Choices withAreas(Map<String, UnknownArea.Decision> chosen) {
            return new Choices(sheet, columns, chosen);
        }
    }

    private final org.ariadne.institutions.InstitutionParticipants owners;
    private final org.ariadne.common.participant.ParticipantScope participants;

    PlanWorkbooks(PendingUploads uploads, Vocabulary vocabulary, Plans plans, PlanImport planImport,
            Institutions institutions, Clock clock, ColumnMappings columnMappings,
            org.ariadne.institutions.InstitutionParticipants owners,
            org.ariadne.common.participant.ParticipantScope participants) {
        this.owners = owners;
        this.participants = participants;
        this.columnMappings = columnMappings;
        this.uploads = uploads;
        this.vocabulary = vocabulary;
        this.plans = plans;
        this.planImport = planImport;
        this.institutions = institutions;
        this.clock = clock;
    }

    // ---- export ----

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] exportXlsx(long planId, Locale locale) {
        var writer = new PlanWorkbookWriter(plans.tree(planId), institutions.directory(), vocabulary, locale);
        try (var xlsx = SafeSpreadsheetWriter.xlsx()) {
            xlsx.sheet(vocabulary.label("workbook.sheet-name", locale)).header(writer.header());
            writer.rows().forEach(xlsx::row);
            return xlsx.toBytes();
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] exportCsv(long planId, Locale locale) {
        var writer = new PlanWorkbookWriter(plans.tree(planId), institutions.directory(), vocabulary, locale);
        var csv = SafeSpreadsheetWriter.csv().header(writer.header());
        writer.rows().forEach(csv::row);
        return csv.toBytes();
    }

    /** The header row alone, in the user's language: a starting point for a plan written offline. */
    @PreAuthorize("isAuthenticated()")
    public byte[] emptyTemplate(Locale locale) {
        try (var xlsx = SafeSpreadsheetWriter.xlsx()) {
            xlsx.sheet(vocabulary.label("workbook.sheet-name", locale))
                    .header(PlanWorkbookWriter.COLUMNS.stream().map(c -> vocabulary.label(c.messageKey(), locale)).toList());
            return xlsx.toBytes();
        }
    }

    // ---- import ----

    /** Checks and keeps an upload for preview; a hostile or unreadable file is refused and nothing is kept. */
    @PreAuthorize("hasRole('ME_OFFICER')")
    @Transactional
    public String upload(Long planId, String newPlanTitle, Integer startYear, Integer endYear, String fileName,
            byte[] content) {
        if (content == null || content.length == 0) {
            throw WorkbookException.refused("spreadsheet.refused.empty");
        }
        if (planId != null) {
            plans.header(planId);
        } else if (newPlanTitle == null || newPlanTitle.isBlank()) {
            throw WorkbookException.titleRequired();
        }
        try {
            read(content, fileName);
        } catch (SpreadsheetRefusedException refused) {
            throw WorkbookException.refused(refused.messageKey(), refused.messageArgs());
        }
        var details = new HashMap<String, String>();
        if (planId != null) {
            details.put("plan", planId.toString());
        } else {
            details.put("title", newPlanTitle.strip());
        }
        if (startYear != null) {
            details.put("start", startYear.toString());
        }
        if (endYear != null) {
            details.put("end", endYear.toString());
        }
        return uploads.keep(UPLOAD, "", details, fileName, content);
    }

    @PreAuthorize("hasRole('ME_OFFICER')")
    @Transactional(readOnly = true)
    public ImportPreview preview(String token, Map<String, UnknownInstitution.Decision> decisions) {
        return preview(token, decisions, Choices.NONE);
    }

    /** The preview as the officer's choices of sheet and columns read the file. */
    @PreAuthorize("hasRole('ME_OFFICER')")
    @Transactional(readOnly = true)
    public ImportPreview preview(String token, Map<String, UnknownInstitution.Decision> decisions, Choices choices) {
        return new Run(uploads.find(UPLOAD, token), decisions, choices).preview();
    }

    /** Imports without a preview page to compare with (a trusted one-call import). */
    @PreAuthorize("hasRole('ME_OFFICER')")
    @Transactional
    public ImportOutcome confirm(String token, Map<String, UnknownInstitution.Decision> decisions, boolean removeMissing) {
        return confirm(token, decisions, removeMissing, null);
    }

    /**
     * Imports the upload once, all or nothing: refused while the file has problems, and when the preview the user
     * saw ({@code seen}, its fingerprint) is no longer what the import would do. A second confirmation imports
     * nothing ({@link org.ariadne.common.upload.UploadAlreadyConfirmedException} names the plan of the first).
     */
    @PreAuthorize("hasRole('ME_OFFICER')")
    @Transactional
    public ImportOutcome confirm(String token, Map<String, UnknownInstitution.Decision> decisions, boolean removeMissing,
            String seen) {
        return confirm(token, decisions, removeMissing, seen, Choices.NONE);
    }

    /**
     * The same, read with the officer's choices of sheet and columns; what they said the columns of this layout are
     * is remembered for the next file with the same headers.
     */
    @PreAuthorize("hasRole('ME_OFFICER')")
    @Transactional
    public ImportOutcome confirm(String token, Map<String, UnknownInstitution.Decision> decisions, boolean removeMissing,
            String seen, Choices choices) {
        return uploads.confirm(UPLOAD, null, token, upload -> importFrom(upload, decisions, removeMissing, seen, choices),
                outcome -> String.valueOf(outcome.planId()));
    }

    private ImportOutcome importFrom(PendingUpload session, Map<String, UnknownInstitution.Decision> decisions,
            boolean removeMissing, String seen, Choices choices) {
        var run = new Run(session, decisions, choices);
        var preview = run.preview();
        PendingUploads.checkUnchanged(seen, preview.fingerprint());
        if (!preview.canConfirm()) {
            throw WorkbookException.stillHasProblems(preview.errorCount());
        }
        // the new institutions in one batch; each name mapped to a known one becomes one of its spellings
        institutions.createAll(preview.unknownInstitutions().stream().filter(unknown -> unknown.decision().create())
                .map(unknown -> InstitutionCommand.named(unknown.name(), unknown.decision().type())).toList());
        for (var unknown : preview.unknownInstitutions()) {
            if (!unknown.decision().create()) {
                institutions.addAlias(unknown.decision().mappedTo(), unknown.name());
            }
        }
        // every name now resolves to a real institution: read once more with the directory as it is now
        var directory = directoryFor(planId(session));
        var result = PlanWorkbookReader.read(run.grid, vocabulary, new PlanWorkbookReader.InstitutionNames() {
            public Long idFor(String name, InstitutionRole role, int row) {
                return directory.find(name).map(i -> i.id())
                        .orElseThrow(() -> new IllegalStateException("unresolved " + name));
            }

            public boolean known(String name) {
                return directory.find(name).isPresent();
            }
        }, run.columns, run.areas);
        var outcome = planImport.apply(planId(session), run.header(result), result.draft(), removeMissing);
        rememberColumns(result, choices, outcome.planId());
        return outcome;
    }

    /** What the officer said about this file's columns holds for the next file with the same headers. */
    private void rememberColumns(PlanWorkbookReader.Result result, Choices choices, Long planId) {
        var said = new LinkedHashMap<String, String[]>();
        for (var question : result.columns()) {
            var choice = choices.columns().get(question.key());
            if (ColumnChoices.valid(choice)) {
                said.put(question.key(), new String[] {question.header(), choice});
            }
        }
        if (!said.isEmpty()) {
            columnMappings.remember(result.layoutKey(), said, planId);
        }
    }

    @PreAuthorize("hasRole('ME_OFFICER')")
    @Transactional
    public void cancel(String token) {
        uploads.discard(UPLOAD, null, token);
    }

    /**
     * The institutions an import matches names to, suggests and maps to: those of the plan's participant, or for a new
     * plan the importer's (issue 19 item 2); another participant's Ministry of Interior is not this one's.
     */
    private org.ariadne.institutions.InstitutionDirectory directoryFor(Long planId) {
        return institutions.directory().only(planId == null ? owners.ofParticipant(participants.forNewRecord())
                : plans.choosableInstitutions(planId));
    }

    /** The institutions an unknown name of the previewed file may be mapped to. */
    public List<org.ariadne.institutions.InstitutionView> institutionChoices(ImportPreview preview) {
        return directoryFor(preview.planId()).all();
    }

    private static Long planId(PendingUpload upload) {
        return upload.number("plan");
    }

    /**
     * The sheet that holds the plan: a workbook may start with a cover, an instructions or a totals sheet, so each
     * sheet is scored by the plan headers it has and the best one is read (the first one on a tie).
     */
    Grid read(byte[] content, String fileName) throws SpreadsheetRefusedException {
        return read(content, fileName, null).grid();
    }

    /**
     * The sheet to read and the sheets the officer may choose from: every sheet with a plan header (when there are
     * two or more), or every sheet with something in it when none has a header Ariadne recognises.
     */
    record Sheets(Grid grid, List<String> offered, boolean chosen) {
    }

    /** The sheet the officer chose ({@code wanted}, when the workbook has it), or else the one that looks most like the plan. */
    Sheets read(byte[] content, String fileName, String wanted) throws SpreadsheetRefusedException {
        var limits = ReadLimits.defaults().withMaxBytes(uploads.limits().maxBytes());
        // upload, each preview and the confirmation read the same bytes: the file is parsed once
        var key = new ReadKey(java.util.HexFormat.of().formatHex(sha256(content)), fileName, wanted, limits);
        var known = recentlyRead.get(key);
        if (known != null) {
            return known;
        }
        var sheets = readSheets(content, fileName, wanted, limits);
        recentlyRead.put(key, sheets);
        return sheets;
    }

    /** The same bytes under the same name, read for the same sheet within the same limits, give the same sheets. */
    private record ReadKey(String sha256, String fileName, String wanted, ReadLimits limits) {
    }

    /** How many readings are kept: the uploads being previewed now (a reading is immutable, a few MB at most). */
    private static final int READINGS_KEPT = 4;

    private final Map<ReadKey, Sheets> recentlyRead = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ReadKey, Sheets> eldest) {
                    return size() > READINGS_KEPT;
                }
            });

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private Sheets readSheets(byte[] content, String fileName, String wanted, ReadLimits limits)
            throws SpreadsheetRefusedException {
        var first = SpreadsheetReader.read(content, fileName, limits);
        if (first.sheetNames().size() < 2) {
            return new Sheets(first, List.of(), false);
        }
        var best = first;
        int bestScore = PlanWorkbookReader.score(first, vocabulary);
        Grid chosen = first.sheetName().equals(wanted) ? first : null;
        boolean firstHasTable = TableFinder.headerRow(first, vocabulary) >= 0;
        var withHeader = new ArrayList<String>();
        var withValues = new ArrayList<String>();
        for (var name : first.sheetNames()) {
            Grid other;
            int score;
            boolean hasTable;
            if (name.equals(first.sheetName())) {
                other = first;
                score = bestScore;
                hasTable = firstHasTable;
            } else {
                try {
                    other = SpreadsheetReader.read(content, fileName, limits.withSheetName(name));
                } catch (SpreadsheetRefusedException notAWorksheet) {
                    continue; // a chart sheet or an empty one cannot hold the plan
                }
                score = PlanWorkbookReader.score(other, vocabulary);
                hasTable = TableFinder.headerRow(other, vocabulary) >= 0;
                if (score > bestScore) {
                    best = other;
                    bestScore = score;
                }
            }
            if (name.equals(wanted)) {
                chosen = other;
            }
            if (hasTable) {
                withHeader.add(name); // a plan header, not a word of the instructions that happens to be "Title"
            }
            if (!other.isEmpty()) {
                withValues.add(name);
            }
        }
        var offered = withHeader.isEmpty() ? withValues : withHeader;
        var read = chosen != null && (offered.contains(wanted)) ? chosen : best;
        return new Sheets(read, offered.size() < 2 ? List.of() : List.copyOf(offered), read == chosen);
    }

    /** One reading of an upload against the directory as it is, with the user's decisions on unknown names. */
    private final class Run {

        final PendingUpload session;
        final Grid grid;
        final Sheets sheets;
        final ColumnChoices columns;
        final AreaChoices areas;
        final InstitutionDirectory directory;
        final Map<String, UnknownInstitution.Decision> decisions;
        final Map<String, Pending> pending = new LinkedHashMap<>();

        Run(PendingUpload session, Map<String, UnknownInstitution.Decision> decisions, Choices choices) {
            this.session = session;
            var chosen = choices == null ? Choices.NONE : choices;
            try {
                this.sheets = read(session.content(), session.fileName(), chosen.sheet());
                this.grid = sheets.grid();
            } catch (SpreadsheetRefusedException refused) {
                // it was accepted at upload; the limits must have changed since
                throw WorkbookException.refused(refused.messageKey(), refused.messageArgs());
            }
            this.columns = ColumnChoices.of(chosen.columns()).over(columnMappings.rememberedFor(grid));
            // the plan's own areas; a new plan starts with the usual six
            var planId = planId(session);
            this.areas = new AreaChoices(planId == null ? AreaChoices.defaultAreas() : plans.areas(planId),
                    chosen.areas(), vocabulary);
            this.directory = directoryFor(planId);
            this.decisions = decisions == null ? Map.of() : decisions;
        }

        ImportPreview preview() {
            // first reading collects the unknown names; defaults are then decided for those the user has not
            var first = PlanWorkbookReader.read(grid, vocabulary, names(null), columns, areas);
            var effective = new HashMap<String, UnknownInstitution.Decision>();
            var unknown = new ArrayList<UnknownInstitution>();
            for (var entry : pending.entrySet()) {
                var item = entry.getValue();
                // what a colleague would suggest: by acronym, short name, names in other languages, spelling
                var suggestions = directory.suggestions(item.name, SUGGESTIONS);
                var suggestion = suggestions.isEmpty() ? directory.closest(item.name).orElse(null) : suggestions.get(0);
                var decision = decisions.get(entry.getKey());
                if (decision == null || (!decision.create() && directory.byId(decision.mappedTo()).isEmpty())) {
                    // only a near-identical spelling is linked by default; any other name waits for the officer's
                    // choice, with the institutions it resembles offered first: never created behind their back
                    boolean sameName = suggestion != null && NameKey.similarity(item.name, suggestion.name()) >= SAME_NAME;
                    decision = sameName ? UnknownInstitution.Decision.map(suggestion.id())
                            : UnknownInstitution.Decision.choose();
                    if (!sameName && !suggestions.isEmpty()) {
                        chooseAmong.put(item, suggestions);
                    } else if (!sameName && SEVERAL_NAMES.matcher(item.name).find()) {
                        // "Police, Prosecution" may be two institutions: said so
                        choose.add(item);
                    } else if (!sameName) {
                        unlike.add(item);
                    }
                }
                effective.put(entry.getKey(), decision);
                unknown.add(new UnknownInstitution(item.name, entry.getKey(), List.copyOf(item.rows), suggestion, decision,
                        suggestions));
            }
            var result = first;
            if (effective.values().stream().anyMatch(d -> !d.create() && d.mappedTo() != null)) {
                pending.clear();
                result = PlanWorkbookReader.read(grid, vocabulary, names(effective), columns, areas);
            }
            var problems = new ArrayList<>(result.problems());
            if (!sheets.offered().isEmpty() && !sheets.chosen()) {
                // several sheets could hold the plan: say which one was read, and that the officer may choose
                var sheetRead = result.sheet();
                var others = sheets.offered().stream().filter(name -> !name.equals(sheetRead)).toList();
                int headerRow = Math.max(1, result.headerRow());
                problems.add(new RowProblem(sheetRead, headerRow, null, "A" + headerRow,
                        RowProblem.Severity.WARNING, ReadingNotes.message("workbook.note.sheet-chosen",
                                sheetRead, String.join("\u201D, \u201C", others))));
            }
            if (!unlike.isEmpty()) {
                // one message for the names like nothing in the directory: each waits for a choice in the list below
                var named = String.join("\u201D, \u201C", unlike.stream().map(item -> item.name).toList());
                problems.add(new RowProblem(result.sheet(), unlike.get(0).rows.get(0), null, unlike.get(0).cell,
                        RowProblem.Severity.ERROR, new org.springframework.context.support.DefaultMessageSourceResolvable(
                                new String[] {"workbook.problem.unknown-institution"}, new Object[] {named,
                                        unlike.size()}, "workbook.problem.unknown-institution")));
            }
            for (var item : choose) {
                problems.add(new RowProblem(result.sheet(), item.rows.get(0), null, item.cell, RowProblem.Severity.ERROR,
                        new org.springframework.context.support.DefaultMessageSourceResolvable(
                                new String[] {"workbook.problem.several-institutions"}, new Object[] {item.name},
                                "workbook.problem.several-institutions")));
            }
            var sheet = result.sheet();
            chooseAmong.forEach((item, suggestions) -> problems.add(new RowProblem(sheet, item.rows.get(0),
                    null, item.cell, RowProblem.Severity.ERROR, new org.springframework.context.support.DefaultMessageSourceResolvable(
                            new String[] {"workbook.problem.choose-institution"}, new Object[] {item.name,
                                    String.join("; ", suggestions.stream().map(InstitutionView::displayName).toList())},
                            "workbook.problem.choose-institution"))));
            var header = header(result);
            var names = new HashMap<Long, String>();
            pending.forEach((key, item) -> names.put(item.placeholder, item.name));
            var comparison = planImport.compare(planId(session), header, result.draft(),
                    id -> id < 0 ? names.get(id) : directory.nameOf(id));
            var fieldHeaders = result.fieldHeaders();
            // the file's own message on a row says it better than the plan's rules do: one message per problem
            var rowsWithErrors = result.problems().stream().filter(RowProblem::isError).map(RowProblem::row)
                    .collect(java.util.stream.Collectors.toSet());
            for (var problem : comparison.problems()) {
                if (problem.row() > 0 && rowsWithErrors.contains(problem.row())) {
                    continue;
                }
                problems.add(new RowProblem(result.sheet(), problem.row(), fieldName(problem.field(), fieldHeaders),
                        null, RowProblem.Severity.ERROR, problem.message()));
            }
            problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
            var title = planId(session) == null ? header.title() : plans.header(planId(session)).title();
            return new ImportPreview(session.id(), session.fileName(), result.sheet(), planId(session), title,
                    header == null ? 0 : header.startYear(), header == null ? 0 : header.endYear(), problems, unknown,
                    comparison, result.refused(), sheets.offered(), result.columns(), columns.all(),
                    result.unknownAreas(), areas.areas());
        }

        private final List<Pending> choose = new ArrayList<>();
        private final List<Pending> unlike = new ArrayList<>();
        private final Map<Pending, List<InstitutionView>> chooseAmong = new LinkedHashMap<>();

        /** Names as the directory and the user's decisions so far resolve them. */
        private PlanWorkbookReader.InstitutionNames names(Map<String, UnknownInstitution.Decision> mapped) {
            return new PlanWorkbookReader.InstitutionNames() {
                public Long idFor(String name, InstitutionRole role, int row) {
                    return idFor(name, role, row, null);
                }

                @Override
                public Long idFor(String name, InstitutionRole role, int row, String cell) {
                    var decision = mapped == null ? null : mapped.get(NameKey.of(name));
                    return decision != null && !decision.create() && decision.mappedTo() != null ? decision.mappedTo()
                            : resolve(name, role, row, cell);
                }

                public boolean known(String name) {
                    return directory.find(name).isPresent() || decisions.containsKey(NameKey.of(name));
                }
            };
        }

        private Long resolve(String name, InstitutionRole role, int row, String cell) {
            var known = directory.find(name);
            if (known.isPresent()) {
                return known.get().id();
            }
            var item = pending.computeIfAbsent(NameKey.of(name), key -> new Pending(name, role, -(pending.size() + 1L)));
            if (!item.rows.contains(row)) {
                item.rows.add(row);
            }
            if (item.cell == null) {
                item.cell = cell;
            }
            return item.placeholder;
        }

        /** The header of a new plan: its period as given at upload, or else the years the file mentions. */
        PlanCommand header(PlanWorkbookReader.Result result) {
            if (planId(session) != null) {
                var existing = plans.header(planId(session));
                return existing.toCommand();
            }
            int thisYear = LocalDate.now(clock).getYear();
            Integer firstYear = result.firstYear();
            Integer lastYear = result.lastYear();
            var named = FILE_NAME_YEARS.matcher(session.fileName() == null ? "" : session.fileName());
            if (firstYear == null && named.find()) {
                // no year in the sheet: "NAP 2018-2020.xlsx" still says the period better than today's date
                firstYear = Integer.valueOf(named.group(1));
                lastYear = Integer.valueOf(named.group(2));
            }
            var newPlanStart = session.number("start");
            var newPlanEnd = session.number("end");
            int start = newPlanStart != null ? newPlanStart.intValue()
                    : firstYear != null ? firstYear : thisYear;
            int end = newPlanEnd != null ? newPlanEnd.intValue()
                    : lastYear != null ? Math.max(lastYear, start) : start + 4;
            return new PlanCommand(session.detail("title"), null, null, null, start, end, PlanStatus.DRAFT);
        }
    }

    private static final java.util.regex.Pattern FILE_NAME_YEARS = java.util.regex.Pattern.compile(
            "((?:19|20)\\d\\d)\\s*[-–_]\\s*((?:19|20)\\d\\d)");

    /** The field as the file's header names it, or else in the user's language: never an internal name. */
    private String fieldName(org.ariadne.plan.PlanField field, Map<org.ariadne.plan.PlanField, String> fieldHeaders) {
        if (field == null) {
            return null;
        }
        var header = fieldHeaders.get(field);
        if (header != null) {
            return header;
        }
        return java.util.Arrays.stream(WorkbookColumn.values()).filter(column -> column.field() == field).findFirst()
                .map(column -> vocabulary.label(column.messageKey(),
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()))
                .orElse(null);
    }

    private static final class Pending {
        final String name;
        final InstitutionRole role;
        final long placeholder;
        final List<Integer> rows = new ArrayList<>();
        /** The first cell that names it ("D14"), for the messages about it. */
        String cell;

        Pending(String name, InstitutionRole role, long placeholder) {
            this.name = name;
            this.role = role;
            this.placeholder = placeholder;
        }
    }
}
