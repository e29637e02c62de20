package org.ariadne.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ariadne.audit.AuditAction;
import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.PersonNames;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.IndicatorView;
import org.ariadne.plan.Plans;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress reports: the sheet an institution fills for a period, saving it part by part, and the workflow from
 * draft to accepted. Every call checks the caller's role and institution ({@link ReportAccess}) and every change
 * is written to the audit trail.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProgressReports {

    static final String REPORT = "progress-report";
    static final String ACTIVITY_ENTRY = "report-activity";
    static final String VALUE = "report-value";
    static final String EVIDENCE = "report-evidence";

    private final Reports reports;
    private final Periods periods;
    private final Schedules schedules;
    private final ActivityEntries entries;
    private final Values values;
    private final Plans plans;
    private final Institutions institutions;
    private final EvidenceFiles files;
    private final JdbcClient jdbc;
    private final AuditTrail trail;
    private final ApplicationEventPublisher events;
    private final ReportingProperties properties;
    private final PersonNames people;
    private final Clock clock;

    ProgressReports(Reports reports, Periods periods, Schedules schedules, ActivityEntries entries, Values values,
            Plans plans, Institutions institutions, EvidenceFiles files, JdbcClient jdbc, AuditTrail trail,
            ApplicationEventPublisher events, ReportingProperties properties, PersonNames people, Clock clock) {
        this.reports = reports;
        this.periods = periods;
        this.schedules = schedules;
        this.entries = entries;
        this.values = values;
        this.plans = plans;
        this.institutions = institutions;
        this.files = files;
        this.jdbc = jdbc;
        this.trail = trail;
        this.events = events;
        this.properties = properties;
        this.people = people;
        this.clock = clock;
    }

    // ---- reading ----

    /** The report of an institution for a period, as its form shows it (also before anything is saved). */
    @Transactional(readOnly = true)
    public ReportSheet sheet(long periodId, long institutionId) {
        var period = period(periodId);
        var report = reports.findByPeriodIdAndInstitutionId(periodId, institutionId).orElse(null);
        ReportAccess.checkView(institutionId, report == null ? null : report.status());
        var user = ReportAccess.user();
        var tree = plans.tree(period.planId());
        var template = ReportTemplate.of(tree, institutionId, period.view());
        var length = schedules.findById(period.planId()).map(ReportingSchedule::periodLength).orElse(PeriodLength.QUARTERLY);
        var savedEntries = new HashMap<Long, ActivityEntryView>();
        var savedValues = new HashMap<String, ValueView>();
        List<EvidenceView> evidence = List.of();
        if (report != null) {
            entries.findByReportId(report.id()).forEach(e -> savedEntries.put(e.activityId(), e.view()));
            values.findByReportId(report.id()).forEach(v -> savedValues.put(v.indicatorId() + "@" + v.startsOn(), v.view()));
            evidence = evidence(report.id());
        }
        var activities = new ArrayList<ReportSheet.SheetActivity>();
        for (var item : template.activities) {
            var activity = item.activity();
            activities.add(new ReportSheet.SheetActivity(activity, item.objectiveCode(),
                    savedEntries.getOrDefault(activity.id(), ActivityEntryView.blank(activity.id())),
                    item.indicators().stream().map(i -> sheetIndicator(i, activity.code(), activity.frequency(), length,
                            period, savedValues)).toList()));
        }
        var others = template.otherIndicators.stream()
                .map(o -> sheetIndicator(o.indicator(), o.ownerCode(), null, length, period, savedValues)).toList();
        var status = report == null ? ReportStatus.DRAFT : report.status();
        return new ReportSheet(report == null ? null : report.header(), period.view(), period.planId(),
                tree.plan().title(), institutionId, institutions.directory().nameOf(institutionId), activities, others,
                evidence, ReportAccess.isOwnInstitution(user, institutionId) && status.isEditable()
                        && !period.startsOn().isAfter(LocalDate.now(clock)),
                ReportAccess.isReviewer(user));
    }

    private ReportSheet.SheetIndicator sheetIndicator(IndicatorView indicator, String ownerCode,
            org.ariadne.plan.Frequency activityFrequency, PeriodLength length, ReportingPeriod period,
            Map<String, ValueView> saved) {
        var frequency = indicator.frequency() != null ? indicator.frequency() : activityFrequency;
        var slots = CollectionPeriods.within(frequency, length, period.startsOn(), period.endsOn()).stream()
                .map(span -> saved.getOrDefault(indicator.id() + "@" + span.startsOn(),
                        ValueView.blank(indicator.id(), span.startsOn(), span.endsOn())))
                .toList();
        return new ReportSheet.SheetIndicator(indicator, ownerCode, Breakdown.of(indicator.disaggregations(),
                properties.regions()), slots);
    }

    @Transactional(readOnly = true)
    public List<EvidenceView> evidence(long reportId) {
        return jdbc.sql("select * from report_evidence where report_id = ? order by uploaded_at, id").param(reportId)
                .query((row, index) -> new EvidenceView(row.getLong("id"), row.getLong("report_id"),
                        row.getLong("activity_id"), row.getString("file_name"), row.getString("content_type"),
                        row.getLong("size_bytes"), row.getString("sha256"), row.getString("uploaded_by"),
                        row.getTimestamp("uploaded_at").toLocalDateTime()))
                .list();
    }

    // ---- saving, part by part ----

    /**
     * Saves what the institution reports on one activity. {@code expectedVersion} is the revision of the entry the
     * user loaded (0 if nobody had saved it): if someone saved it since, nothing is overwritten. Returns the new
     * revision.
     */
    @Transactional
    public int saveActivity(long periodId, long institutionId, long activityId, int expectedVersion,
            ActivityEntryCommand command) {
        var user = ReportAccess.checkEdit(institutionId);
        var report = openForChanges(periodId, institutionId);
        var sheet = templateOf(report);
        var activity = sheet.activities.stream().filter(item -> item.activity().id() == activityId).findFirst()
                .orElseThrow(() -> ReportingException.notInReport("activity " + activityId));
        var directory = institutions.directory();
        var entry = entries.findByReportIdAndActivityId(report.id(), activityId)
                .orElseGet(() -> ReportActivity.blank(report.id(), activityId));
        checkRevision(entry.id() == null ? 0 : ReportActivity.revision(entry.version()), expectedVersion, entry.updatedBy(),
                entry.updatedAt());
        var before = entry.id() == null ? null : entry.snapshot(directory::nameOf);
        entry.apply(command, user.getUsername(), now());
        var saved = entries.save(entry);
        trail.record(new AuditRecord(before == null ? AuditAction.CREATED : AuditAction.UPDATED, ACTIVITY_ENTRY,
                saved.id(), label(report, activity.activity().code()), report.planId(), before,
                saved.snapshot(directory::nameOf)));
        return ReportActivity.revision(saved.version());
    }

    /** Saves the value of one indicator for one collection period (see {@link #saveActivity} on versions). */
    @Transactional
    public int saveValue(long periodId, long institutionId, long indicatorId, LocalDate startsOn, int expectedVersion,
            ValueCommand command) {
        var user = ReportAccess.checkEdit(institutionId);
        var report = openForChanges(periodId, institutionId);
        var sheet = sheetIndicators(report);
        var slot = sheet.stream().filter(i -> i.indicator().id() == indicatorId).findFirst()
                .orElseThrow(() -> ReportingException.notInReport("indicator " + indicatorId));
        var span = slot.values().stream().filter(v -> v.startsOn().equals(startsOn)).findFirst()
                .orElseThrow(() -> ReportingException.notInReport(startsOn.toString()));
        var value = values.findByReportIdAndIndicatorIdAndStartsOn(report.id(), indicatorId, startsOn)
                .orElseGet(() -> ReportValue.blank(report.id(), indicatorId, span.startsOn(), span.endsOn()));
        checkRevision(value.id() == null ? 0 : ReportActivity.revision(value.version()), expectedVersion, value.updatedBy(),
                value.updatedAt());
        var before = value.id() == null ? null : value.snapshot();
        value.apply(slot.indicator(), slot.breakdown(), command, user.getUsername(), now());
        var saved = values.save(value);
        trail.record(new AuditRecord(before == null ? AuditAction.CREATED : AuditAction.UPDATED, VALUE, saved.id(),
                label(report, slot.ownerCode() + " " + slot.indicator().name()), report.planId(), before,
                saved.snapshot()));
        return ReportActivity.revision(saved.version());
    }

    /**
     * Saves several parts of the report at once, as an uploaded workbook brings them: in one transaction, so that
     * either every part is saved or, at the first refusal or conflict, none is. Returns the number of parts saved.
     */
    @Transactional
    public int saveAll(long periodId, long institutionId, List<ActivityEntryUpdate> activities, List<ValueUpdate> values) {
        ReportAccess.checkEdit(institutionId);
        for (var update : activities) {
            saveActivity(periodId, institutionId, update.activityId(), update.expectedRevision(), update.command());
        }
        for (var update : values) {
            saveValue(periodId, institutionId, update.indicatorId(), update.startsOn(), update.expectedRevision(),
                    update.command());
        }
        return activities.size() + values.size();
    }

    private void checkRevision(int current, int expected, String by, LocalDateTime at) {
        if (current != expected) {
            throw new EntryConflictException(current, by == null ? null : people.displayName(by), at);
        }
    }

    /** The report, created on first use, checked open for changes and locked against a simultaneous submission. */
    private ProgressReport openForChanges(long periodId, long institutionId) {
        var period = period(periodId);
        var report = reports.findByPeriodIdAndInstitutionId(periodId, institutionId).orElse(null);
        if (report == null) {
            if (period.startsOn().isAfter(LocalDate.now(clock))) {
                throw ReportingException.periodNotOpen(period.label());
            }
            report = create(period, institutionId);
        }
        report.checkEditable();
        if (reports.touchIfEditable(report.id(), now()) == 0) {
            throw ReportingException.notEditable(reports.findById(report.id()).orElseThrow().status());
        }
        return report;
    }

    private ProgressReport create(ReportingPeriod period, long institutionId) {
        if (ReportTemplate.of(plans.tree(period.planId()), institutionId, period.view()).isEmpty()) {
            throw ReportingException.noReportingFor(institutions.directory().nameOf(institutionId));
        }
        try {
            var report = reports.save(ProgressReport.draft(period.planId(), period.id(), institutionId, now()));
            trail.record(AuditRecord.created(REPORT, report.id(), label(report, null), report.planId(), report.snapshot()));
            return report;
        } catch (DuplicateKeyException createdMeanwhile) {
            return reports.findByPeriodIdAndInstitutionId(period.id(), institutionId).orElseThrow();
        }
    }

    private ReportTemplate templateOf(ProgressReport report) {
        return ReportTemplate.of(plans.tree(report.planId()), report.institutionId(), period(report.periodId()).view());
    }

    private List<ReportSheet.SheetIndicator> sheetIndicators(ProgressReport report) {
        var period = period(report.periodId());
        var length = schedules.findById(period.planId()).map(ReportingSchedule::periodLength).orElse(PeriodLength.QUARTERLY);
        var template = templateOf(report);
        var result = new ArrayList<ReportSheet.SheetIndicator>();
        for (var item : template.activities) {
            item.indicators().forEach(i -> result.add(sheetIndicator(i, item.activity().code(), item.activity().frequency(),
                    length, period, Map.of())));
        }
        template.otherIndicators.forEach(o -> result.add(sheetIndicator(o.indicator(), o.ownerCode(), null, length,
                period, Map.of())));
        return result;
    }

    // ---- workflow ----

    /** Submits the report; every activity must have a status first. */
    @Transactional
    public void submit(long periodId, long institutionId, int expectedVersion) {
        var user = ReportAccess.checkEdit(institutionId);
        var report = reportFor(periodId, institutionId);
        checkReportVersion(report, expectedVersion);
        var sheet = sheet(periodId, institutionId);
        var missing = sheet.requiredMissing();
        if (missing > 0) {
            throw ReportingException.incomplete((int) missing);
        }
        var before = report.snapshot();
        report.submit(user.getUsername(), now());
        var saved = reports.save(report);
        trail.record(AuditRecord.updated(REPORT, saved.id(), label(saved, null), saved.planId(), before, saved.snapshot()));
        var period = period(periodId);
        events.publishEvent(new ProgressReportSubmitted(saved.id(), saved.planId(), periodId, institutionId,
                LocalDate.now(clock).isAfter(period.deadline())));
    }

    /** Returns a submitted report with a comment on the whole and, optionally, on single activities. */
    @Transactional
    public void returnForChanges(long periodId, long institutionId, int expectedVersion, String comment,
            Map<Long, String> activityComments) {
        var user = ReportAccess.checkReview();
        var report = reportFor(periodId, institutionId);
        checkReportVersion(report, expectedVersion);
        var before = report.snapshot();
        report.returnForChanges(comment, user.getUsername(), now());
        var saved = reports.save(report);
        var directory = institutions.directory();
        var records = new ArrayList<AuditRecord>();
        records.add(AuditRecord.updated(REPORT, saved.id(), label(saved, null), saved.planId(), before, saved.snapshot()));
        if (activityComments != null) {
            for (var entry : entries.findByReportId(saved.id())) {
                var text = activityComments.get(entry.activityId());
                if (!Objects.equals(text == null || text.isBlank() ? null : text.strip(), entry.view().reviewerComment())) {
                    var entryBefore = entry.snapshot(directory::nameOf);
                    entry.comment(text);
                    var savedEntry = entries.save(entry);
                    records.add(AuditRecord.updated(ACTIVITY_ENTRY, savedEntry.id(), label(saved, "#" + entry.activityId()),
                            saved.planId(), entryBefore, savedEntry.snapshot(directory::nameOf)));
                }
            }
        }
        trail.recordAll(records);
        events.publishEvent(new ProgressReportReturned(saved.id(), saved.planId(), periodId, institutionId));
    }

    /** Accepts a submitted report, which locks it and gives its activity statuses to the plan. */
    @Transactional
    public void accept(long periodId, long institutionId, int expectedVersion) {
        var user = ReportAccess.checkReview();
        var report = reportFor(periodId, institutionId);
        checkReportVersion(report, expectedVersion);
        var before = report.snapshot();
        report.accept(user.getUsername(), now());
        var saved = reports.save(report);
        trail.record(AuditRecord.updated(REPORT, saved.id(), label(saved, null), saved.planId(), before, saved.snapshot()));
        var statuses = new HashMap<Long, ActivityStatus>();
        entries.findByReportId(saved.id()).forEach(entry -> {
            if (entry.status() != null) {
                statuses.put(entry.activityId(), entry.status());
            }
        });
        events.publishEvent(new ProgressReportAccepted(saved.id(), saved.planId(), periodId, institutionId,
                period(periodId).endsOn(), Map.copyOf(statuses)));
    }

    /** Reopens an accepted report for a correction; only the M&E officer, and only with a reason. */
    @Transactional
    public void reopen(long periodId, long institutionId, int expectedVersion, String reason) {
        var user = ReportAccess.checkReopen();
        var report = reportFor(periodId, institutionId);
        checkReportVersion(report, expectedVersion);
        var before = report.snapshot();
        report.reopen(reason, user.getUsername(), now());
        var saved = reports.save(report);
        trail.record(AuditRecord.updated(REPORT, saved.id(), label(saved, null), saved.planId(), before, saved.snapshot()));
        events.publishEvent(new ProgressReportReopened(saved.id(), saved.planId(), periodId, institutionId, reason));
    }

    /** A step of the workflow taken by someone else since the user loaded the report: say who and when. */
    private void checkReportVersion(ProgressReport report, int expected) {
        if (report.version() != expected) {
            var header = report.header();
            var steps = new java.util.TreeMap<LocalDateTime, String>();
            java.util.function.BiConsumer<LocalDateTime, String> step = (at, by) -> {
                if (at != null) {
                    steps.put(at, by);
                }
            };
            step.accept(header.submittedAt(), header.submittedBy());
            step.accept(header.returnedAt(), header.returnedBy());
            step.accept(header.acceptedAt(), header.acceptedBy());
            step.accept(header.reopenedAt(), header.reopenedBy());
            var last = steps.isEmpty() ? null : steps.lastEntry();
            throw new EntryConflictException(report.version(),
                    last == null || last.getValue() == null ? null : people.displayName(last.getValue()),
                    last == null ? null : last.getKey());
        }
    }

    private ProgressReport reportFor(long periodId, long institutionId) {
        return reports.findByPeriodIdAndInstitutionId(periodId, institutionId)
                .orElseThrow(() -> NotFoundException.of(REPORT, periodId + "/" + institutionId));
    }

    // ---- evidence ----

    /** Attaches a means of verification to an activity of the report; the type is checked from the content. */
    @Transactional
    public long attach(long periodId, long institutionId, long activityId, String fileName, byte[] content) {
        var user = ReportAccess.checkEdit(institutionId);
        if (content == null || content.length == 0) {
            throw ReportingException.evidenceEmpty();
        }
        if (content.length > properties.maxEvidenceBytes()) {
            throw ReportingException.evidenceTooLarge(properties.maxEvidenceBytes() / (1024 * 1024));
        }
        var type = EvidenceFiles.accepted(fileName, content);
        var report = openForChanges(periodId, institutionId);
        var activity = templateOf(report).activities.stream().filter(item -> item.activity().id() == activityId)
                .findFirst().orElseThrow(() -> ReportingException.notInReport("activity " + activityId));
        var key = files.store(content);
        var name = EvidenceFiles.displayName(fileName);
        jdbc.sql("""
                        insert into report_evidence (report_id, activity_id, file_name, content_type, size_bytes, sha256,
                                                     storage_key, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(report.id(), activityId, name, type.contentType, content.length, EvidenceFiles.sha256(content), key,
                        user.getUsername(), java.sql.Timestamp.valueOf(now()))
                .update();
        var evidenceId = lastEvidenceId(report.id(), key);
        trail.record(AuditRecord.created(EVIDENCE, evidenceId, label(report, activity.activity().code() + " " + name),
                report.planId(), AuditRecord.state("file", name, "type", type.contentType, "bytes", content.length)));
        return evidenceId;
    }

    private long lastEvidenceId(long reportId, String key) {
        return jdbc.sql("select id from report_evidence where report_id = ? and storage_key = ?").params(reportId, key)
                .query(Long.class).single();
    }

    /** An evidence file, for those who may see the report it belongs to. */
    @Transactional(readOnly = true)
    public EvidenceFile download(long evidenceId) {
        var row = jdbc.sql("""
                        select e.*, r.institution_id, r.status from report_evidence e
                        join progress_report r on r.id = e.report_id where e.id = ?""")
                .param(evidenceId)
                .query((rs, index) -> new Object[] {rs.getLong("institution_id"), rs.getString("status"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getString("storage_key")})
                .optional()
                .orElseThrow(() -> NotFoundException.of(EVIDENCE, evidenceId));
        ReportAccess.checkView((Long) row[0], ReportStatus.valueOf((String) row[1]));
        return new EvidenceFile((String) row[2], (String) row[3], files.read((String) row[4]));
    }

    /** Removes an evidence file while the report can still be changed. */
    @Transactional
    public void removeEvidence(long evidenceId) {
        var row = jdbc.sql("""
                        select e.*, r.institution_id, r.period_id from report_evidence e
                        join progress_report r on r.id = e.report_id where e.id = ?""")
                .param(evidenceId)
                .query((rs, index) -> new Object[] {rs.getLong("institution_id"), rs.getLong("period_id"),
                        rs.getString("file_name"), rs.getString("storage_key"), rs.getLong("report_id")})
                .optional()
                .orElseThrow(() -> NotFoundException.of(EVIDENCE, evidenceId));
        ReportAccess.checkEdit((Long) row[0]);
        var report = openForChanges((Long) row[1], (Long) row[0]);
        jdbc.sql("delete from report_evidence where id = ?").param(evidenceId).update();
        trail.record(AuditRecord.deleted(EVIDENCE, evidenceId, label(report, (String) row[2]), report.planId(),
                Map.of("file", row[2])));
        // the file goes once the deletion is committed, so a rollback never leaves a row without its file
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        files.delete((String) row[3]);
                    }
                });
    }

    /** A downloadable evidence file. */
    public record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    // ---- helpers ----

    private ReportingPeriod period(long periodId) {
        return periods.findById(periodId).orElseThrow(() -> NotFoundException.of("reporting-period", periodId));
    }

    private String label(ProgressReport report, String detail) {
        var period = period(report.periodId());
        var institution = institutions.directory().nameOf(report.institutionId());
        return period.label() + " · " + institution + (detail == null ? "" : " · " + detail);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
