package org.ariadne.reporting.workbook;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.ariadne.common.PersonNames;
import org.ariadne.common.spreadsheet.Grid;
import org.ariadne.common.spreadsheet.ReadLimits;
import org.ariadne.common.spreadsheet.SpreadsheetReader;
import org.ariadne.common.spreadsheet.SpreadsheetRefusedException;
import org.ariadne.common.upload.PendingUpload;
import org.ariadne.common.upload.PendingUploads;
import org.ariadne.common.web.LanguageProperties;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.IndicatorType;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ActivityEntryUpdate;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ReportSheet;
import org.ariadne.reporting.SpendingCommand;
import org.ariadne.reporting.ValueCommand;
import org.ariadne.reporting.ValueUpdate;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.ariadne.common.disclosure.DisclosureControl;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress report as a workbook to fill offline: download it pre-filled; upload it back (a hostile file, a
 * workbook of another report, an edited structure or a file that is no template are refused); preview every
 * change and every problem by cell; confirm, which saves all changes in one transaction or none. Parts changed
 * in Ariadne since the download are conflicts, kept unless the user chooses to overwrite them.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReportWorkbooks {

    /** What a report workbook upload is, among the uploads waiting for confirmation. */
    static final String UPLOAD = "report-workbook";

    private final ProgressReports reports;
    private final Institutions institutions;
    private final PendingUploads uploads;
    private final MessageSource messages;
    private final PersonNames people;
    private final LanguageProperties languages;
    private final Clock clock;
    private final DisclosureControl disclosure;

    ReportWorkbooks(ProgressReports reports, Institutions institutions, PendingUploads uploads, MessageSource messages,
            PersonNames people, LanguageProperties languages, Clock clock, DisclosureControl disclosure) {
        this.disclosure = disclosure;
        this.reports = reports;
        this.institutions = institutions;
        this.uploads = uploads;
        this.messages = messages;
        this.people = people;
        this.languages = languages;
        this.clock = clock;
    }

    /** A workbook ready to download. */
    public record Download(String fileName, byte[] content) {
    }

    /** What a confirmation saved, and how many parts changed in Ariadne since the download it kept. */
    public record Confirmed(int saved, int kept) {
    }

    // ---- download ----

    /** The report as a workbook, for everyone who may see the report. */
    @Transactional(readOnly = true)
    public Download download(long periodId, long institutionId, Locale locale) {
        var sheet = reports.sheet(periodId, institutionId);
        var content = new WorkbookWriter(sheet, labels(locale), institutions.directory(),
                LocalDateTime.now(clock), disclosure.threshold()).write();
        return new Download(fileName(sheet), content);
    }

    private static String fileName(ReportSheet sheet) {
        var name = (sheet.period().label() + " " + sheet.institutionName()).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-|-$)", "");
        return (name.length() > 80 ? name.substring(0, 80) : name) + ".xlsx";
    }

    private Labels labels(Locale locale) {
        return new Labels(messages, locale, languages.locales());
    }

    // ---- upload, preview, confirm ----

    /** The report a focal point is about to upload a workbook into; nobody else may. */
    @Transactional(readOnly = true)
    public ReportSheet forUpload(long periodId, long institutionId) {
        checkFocalPoint(institutionId);
        return reports.sheet(periodId, institutionId);
    }

    /**
     * Checks an uploaded workbook and keeps it for the preview, returning its token. A workbook that cannot be
     * taken at all is refused here ({@link ReportbookException}) and nothing is kept.
     */
    @Transactional
    public String upload(long periodId, long institutionId, String fileName, byte[] content) {
        checkFocalPoint(institutionId);
        var sheet = reports.sheet(periodId, institutionId);
        checkEditable(sheet);
        if (content == null || content.length == 0) {
            throw ReportbookException.empty();
        }
        open(sheet, fileName, content);
        return uploads.keep(UPLOAD, subject(periodId, institutionId), Map.of(),
                fileName == null || fileName.isBlank() ? "workbook.xlsx" : fileName, content);
    }

    /** The report an upload belongs to: its token opens under this report's address only. */
    private static String subject(long periodId, long institutionId) {
        return "period:" + periodId + "/institution:" + institutionId;
    }

    @Transactional(readOnly = true)
    public WorkbookPreview preview(long periodId, long institutionId, String token, Locale locale) {
        checkFocalPoint(institutionId);
        return analyse(periodId, institutionId, token, locale).preview;
    }

    /**
     * Saves every change of the upload in one transaction, or nothing: not while any cell has an error, and
     * not when the report changed since the preview the user saw ({@code seen}, its fingerprint; then the preview
     * shows it again). Conflicts found by the preview are saved only when {@code overwrite} is set. A second
     * confirmation saves nothing ({@link org.ariadne.common.upload.UploadAlreadyConfirmedException}).
     */
    @Transactional
    public Confirmed confirm(long periodId, long institutionId, String token, boolean overwrite, String seen,
            Locale locale) {
        checkFocalPoint(institutionId);
        return uploads.confirm(UPLOAD, subject(periodId, institutionId), token,
                upload -> save(periodId, institutionId, upload, overwrite, seen, locale), confirmed -> null);
    }

    private Confirmed save(long periodId, long institutionId, PendingUpload upload, boolean overwrite, String seen,
            Locale locale) {
        var analysis = analyse(periodId, institutionId, upload, locale);
        PendingUploads.checkUnchanged(seen, analysis.preview.fingerprint());
        checkEditable(analysis.preview.report());
        if (analysis.preview.errorCount() > 0) {
            throw ReportbookException.stillHasProblems(analysis.preview.errorCount());
        }
        var activities = analysis.activities.stream().filter(p -> overwrite || !p.conflict()).map(Planned::update).toList();
        var values = analysis.values.stream().filter(p -> overwrite || !p.conflict()).map(Planned::update).toList();
        int saved = activities.isEmpty() && values.isEmpty() ? 0 : reports.saveAll(periodId, institutionId, activities, values);
        int kept = overwrite ? 0 : (int) analysis.preview.conflictCount();
        return new Confirmed(saved, kept);
    }

    @Transactional
    public void cancel(long periodId, long institutionId, String token) {
        checkFocalPoint(institutionId);
        uploads.discard(UPLOAD, subject(periodId, institutionId), token);
    }

    // ---- reading an upload ----

    private record Opened(TemplateStamp stamp, Grid grid) {
    }

    /** A change ready to save, and whether it overwrites what someone saved since the download. */
    private record Planned<T>(T update, boolean conflict) {
    }

    private record Analysis(WorkbookPreview preview, List<Planned<ActivityEntryUpdate>> activities,
            List<Planned<ValueUpdate>> values) {
    }

    /** The workbook's identity and structure checked against the report; refused with a reason otherwise. */
    private Opened open(ReportSheet sheet, String fileName, byte[] content) {
        var stamp = TemplateStamp.read(read(content, fileName, TemplateStamp.SHEET, ReportbookException.notATemplate()))
                .orElseThrow(ReportbookException::notATemplate);
        if (stamp.planId() != sheet.planId() || stamp.periodId() != sheet.period().id()
                || stamp.institutionId() != sheet.institutionId()) {
            throw ReportbookException.otherReport(stamp.institutionName(), stamp.periodLabel());
        }
        var grid = read(content, fileName, stamp.sheetName(), ReportbookException.structureEdited());
        if (!fingerprint(stamp, grid).equals(stamp.fingerprint())) {
            throw ReportbookException.structureEdited();
        }
        return new Opened(stamp, grid);
    }

    private Grid read(byte[] content, String fileName, String sheetName, ReportbookException whenMissing) {
        try {
            return SpreadsheetReader.read(content, fileName,
                    ReadLimits.defaults().withMaxBytes(uploads.limits().maxBytes()).withSheetName(sheetName));
        } catch (SpreadsheetRefusedException refused) {
            if (refused.reason() == SpreadsheetRefusedException.Reason.SHEET_NOT_FOUND) {
                throw whenMissing;
            }
            throw ReportbookException.unreadable(refused.messageKey(), refused.messageArgs());
        }
    }

    /** The fingerprint of the structure the uploaded sheet has now: its row keys and column markers. */
    private static String fingerprint(TemplateStamp stamp, Grid grid) {
        SortedMap<Integer, String> rowKeys = new TreeMap<>();
        for (var row : grid.rows()) {
            var key = row.cell(Columns.KEY).text();
            if (!key.isEmpty()) {
                rowKeys.put(row.number(), key);
            }
        }
        SortedMap<Integer, String> markers = new TreeMap<>();
        var first = grid.row(1);
        for (int c = Columns.CODE; c < first.size(); c++) {
            if (!first.cell(c).isEmpty()) {
                markers.put(c, first.cell(c).text());
            }
        }
        return TemplateStamp.fingerprint(stamp.planId(), stamp.periodId(), stamp.institutionId(), rowKeys, markers,
                stamp.partColumns());
    }

    private Analysis analyse(long periodId, long institutionId, String token, Locale locale) {
        return analyse(periodId, institutionId, uploads.find(UPLOAD, subject(periodId, institutionId), token), locale);
    }

    private Analysis analyse(long periodId, long institutionId, PendingUpload upload, Locale locale) {
        var sheet = reports.sheet(periodId, institutionId);
        var opened = open(sheet, upload.fileName(), upload.content());
        var labels = labels(locale);
        var directory = institutions.directory();
        var result = WorkbookReader.read(opened.grid(), opened.stamp(), sheet, directory, labels);
        var changes = new ArrayList<PartChange>();
        var activities = new ArrayList<Planned<ActivityEntryUpdate>>();
        var values = new ArrayList<Planned<ValueUpdate>>();
        for (var read : result.activities()) {
            var saved = read.current().entry();
            var downloaded = opened.stamp().parts().get(RowKeys.activity(read.current().activity().id()));
            var fromWorkbook = Canonical.of(read.command());
            if (Canonical.digest(fromWorkbook).equals(downloaded.digest()) || fromWorkbook.equals(Canonical.of(saved.toCommand()))) {
                continue; // left as downloaded (what was saved since stays), or already what is saved
            }
            boolean conflict = saved.version() != downloaded.revision();
            var activity = read.current().activity();
            changes.add(new PartChange(activity.code(), activity.title(),
                    activityFields(read.cells(), saved.toCommand(), read.command(), labels, directory), conflict,
                    conflict ? displayName(saved.updatedBy()) : null, conflict ? saved.updatedAt() : null));
            activities.add(new Planned<>(new ActivityEntryUpdate(activity.id(), saved.version(), read.command()), conflict));
        }
        for (var read : result.values()) {
            var saved = read.current();
            var indicator = read.indicator().indicator();
            var downloaded = opened.stamp().parts().get(RowKeys.value(indicator.id(), saved.startsOn()));
            var fromWorkbook = Canonical.of(read.command());
            if (Canonical.digest(fromWorkbook).equals(downloaded.digest()) || fromWorkbook.equals(Canonical.of(saved.toCommand()))) {
                continue;
            }
            boolean conflict = saved.version() != downloaded.revision();
            changes.add(new PartChange(read.indicator().ownerCode(),
                    indicator.name() + ", " + labels.span(saved.startsOn(), saved.endsOn()),
                    valueFields(read, saved.toCommand(), labels), conflict,
                    conflict ? displayName(saved.updatedBy()) : null, conflict ? saved.updatedAt() : null));
            values.add(new Planned<>(new ValueUpdate(indicator.id(), saved.startsOn(), saved.version(), read.command()),
                    conflict));
        }
        var preview = new WorkbookPreview(upload.id(), upload.fileName(), sheet, result.problems(), List.copyOf(changes));
        return new Analysis(preview, activities, values);
    }

    // ---- what changes, field by field ----

    private static List<PartChange.FieldChange> activityFields(WorkbookReader.ActivityCells cells,
            ActivityEntryCommand before, ActivityEntryCommand after, Labels labels, InstitutionDirectory directory) {
        var fields = new ArrayList<PartChange.FieldChange>();
        if (before.status() != after.status()) {
            fields.add(new PartChange.FieldChange(cells.status(), labels.get("reportbook.field.status"),
                    labels.status(before.status()), labels.status(after.status())));
        }
        text(fields, cells.narrative(), labels.get("reportbook.field.narrative"), before.narrative(), after.narrative());
        text(fields, cells.problems(), labels.get("reportbook.field.problems"), before.problems(), after.problems());
        var spentBefore = spending(before.spending(), labels, directory);
        var spentAfter = spending(after.spending(), labels, directory);
        if (!spentBefore.equals(spentAfter)) {
            fields.add(new PartChange.FieldChange(cells.spending(), labels.get("reportbook.field.spending"), spentBefore,
                    spentAfter));
        }
        return fields;
    }

    private static List<PartChange.FieldChange> valueFields(WorkbookReader.ValueRead read, ValueCommand before,
            Labels labels) {
        var after = read.command();
        var fields = new ArrayList<PartChange.FieldChange>();
        boolean yesNo = read.indicator().indicator().type() == IndicatorType.YES_NO;
        number(fields, read.cell(Columns.TOTAL), labels.get("reportbook.field.total"), before.total(), after.total(),
                labels, yesNo);
        number(fields, read.cell(Columns.NUMERATOR), labels.get("reportbook.field.numerator"), before.numerator(),
                after.numerator(), labels, false);
        number(fields, read.cell(Columns.DENOMINATOR), labels.get("reportbook.field.denominator"), before.denominator(),
                after.denominator(), labels, false);
        for (var group : read.indicator().breakdown().groups()) {
            for (var part : group.parts()) {
                number(fields, read.partCell(part.key()), labels.part(part), before.parts().get(part.key()),
                        after.parts().get(part.key()), labels, false);
            }
        }
        text(fields, read.cell(Columns.NOTE), labels.get("reportbook.field.note"), before.note(), after.note());
        return fields;
    }

    private static void number(List<PartChange.FieldChange> fields, String cell, String field, BigDecimal before,
            BigDecimal after, Labels labels, boolean yesNo) {
        if (!Canonical.number(before).equals(Canonical.number(after))) {
            fields.add(new PartChange.FieldChange(cell, field, shown(before, labels, yesNo),
                    shown(after, labels, yesNo)));
        }
    }

    private static String shown(BigDecimal value, Labels labels, boolean yesNo) {
        if (value == null || !yesNo) {
            return labels.number(value);
        }
        return labels.get(value.signum() == 0 ? "reportbook.no" : "reportbook.yes");
    }

    private static void text(List<PartChange.FieldChange> fields, String cell, String field, String before,
            String after) {
        if (!Canonical.text(before).equals(Canonical.text(after))) {
            fields.add(new PartChange.FieldChange(cell, field, abbreviated(before), abbreviated(after)));
        }
    }

    private static String abbreviated(String text) {
        var plain = Canonical.text(text).replaceAll("\\s+", " ");
        if (plain.isEmpty()) {
            return Labels.NOTHING;
        }
        return plain.length() > 160 ? plain.substring(0, 159) + "…" : plain;
    }

    private static String spending(List<SpendingCommand> lines, Labels labels, InstitutionDirectory directory) {
        if (lines.isEmpty()) {
            return Labels.NOTHING;
        }
        return String.join("; ", lines.stream().map(line -> labels.number(line.amount() == null ? BigDecimal.ZERO
                : line.amount()) + " " + labels.funding(line.kind() == null
                ? org.ariadne.plan.FundingSourceKind.STATE_BUDGET : line.kind())
                + (line.sourceInstitutionId() == null ? "" : " (" + directory.nameOf(line.sourceInstitutionId()) + ")"))
                .toList());
    }

    // ---- access ----

    /** Only the focal points of the institution fill its report, offline as online. */
    private static void checkFocalPoint(long institutionId) {
        var user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!user.has(Role.FOCAL_POINT) || !Objects.equals(user.institutionId(), institutionId)) {
            throw new AccessDeniedException("uploading the report of institution " + institutionId);
        }
    }

    private static void checkEditable(ReportSheet sheet) {
        if (!sheet.status().isEditable()) {
            throw ReportbookException.notEditable(sheet.status());
        }
    }

    private String displayName(String username) {
        return username == null ? "?" : people.displayName(username);
    }
}
