package org.ariadne.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Function;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a report's workflow: submit, return, accept, reopen. Each loads the report and its period once, lets
 * the report take the step (it guards the step and registers the event, published when it is saved), saves it and
 * writes the audit entry.
 */
@Service
class ReportWorkflow {

    private final ReportLoader loader;
    private final Reports reports;
    private final ActivityEntries entries;
    private final Revisions revisions;
    private final AuditTrail trail;
    private final Clock clock;

    ReportWorkflow(ReportLoader loader, Reports reports, ActivityEntries entries, Revisions revisions, AuditTrail trail,
            Clock clock) {
        this.loader = loader;
        this.reports = reports;
        this.entries = entries;
        this.revisions = revisions;
        this.trail = trail;
        this.clock = clock;
    }

    /** Submits the report; every activity must have a status first. */
    @Transactional
    public void submit(long periodId, long institutionId, int expectedVersion) {
        var user = ReportAccess.checkEdit(institutionId);
        var context = loader.existing(periodId, institutionId);
        var report = context.report();
        revisions.checkReport(report, expectedVersion);
        // only which activities have a status is read: values, evidence and spending are not needed to count
        var missing = context.template().missingStatuses(entries.findActivityIdsWithStatus(report.id()));
        var before = report.snapshot();
        report.submit(missing, LocalDate.now(clock).isAfter(context.period().deadline()), user.getUsername(), now());
        var saved = reports.save(report);
        trail.record(AuditRecord.updated(ProgressReports.REPORT, saved.id(), context.label(null), saved.planId(), before,
                saved.snapshot()));
    }

    /** Returns a submitted report with a comment on the whole and, optionally, on single activities. */
    @Transactional
    public void returnForChanges(long periodId, long institutionId, int expectedVersion, String comment,
            Map<Long, String> activityComments) {
        var user = ReportAccess.checkReview();
        var context = loader.existing(periodId, institutionId);
        var report = context.report();
        revisions.checkReport(report, expectedVersion);
        var before = report.snapshot();
        report.returnForChanges(comment, user.getUsername(), now());
        var saved = reports.save(report);
        Function<Long, String> names = loader::institutionName;
        var records = new ArrayList<AuditRecord>();
        records.add(AuditRecord.updated(ProgressReports.REPORT, saved.id(), context.label(null), saved.planId(), before,
                saved.snapshot()));
        if (activityComments != null) {
            for (var entry : entries.findByReportId(saved.id())) {
                var entryBefore = entry.snapshot(names);
                if (saved.comment(entry, activityComments.get(entry.activityId()))) {
                    var savedEntry = entries.save(entry);
                    records.add(AuditRecord.updated(ProgressReports.ACTIVITY_ENTRY, savedEntry.id(),
                            context.label("#" + entry.activityId()), saved.planId(), entryBefore,
                            savedEntry.snapshot(names)));
                }
            }
        }
        trail.recordAll(records);
    }

    /** Accepts a submitted report, which locks it and gives its activity statuses to the plan. */
    @Transactional
    public void accept(long periodId, long institutionId, int expectedVersion) {
        var user = ReportAccess.checkReview();
        var context = loader.existing(periodId, institutionId);
        var report = context.report();
        revisions.checkReport(report, expectedVersion);
        var before = report.snapshot();
        report.accept(entries.findByReportId(report.id()), context.period().endsOn(), user.getUsername(), now());
        var saved = reports.save(report);
        trail.record(AuditRecord.updated(ProgressReports.REPORT, saved.id(), context.label(null), saved.planId(), before,
                saved.snapshot()));
    }

    /** Reopens an accepted report for a correction; only the M&E officer, and only with a reason. */
    @Transactional
    public void reopen(long periodId, long institutionId, int expectedVersion, String reason) {
        var user = ReportAccess.checkReopen();
        var context = loader.existing(periodId, institutionId);
        var report = context.report();
        revisions.checkReport(report, expectedVersion);
        var before = report.snapshot();
        report.reopen(reason, user.getUsername(), now());
        var saved = reports.save(report);
        trail.record(AuditRecord.updated(ProgressReports.REPORT, saved.id(), context.label(null), saved.planId(), before,
                saved.snapshot()));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
