package org.ariadne.reporting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Function;

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

    private final org.ariadne.plan.TerritorialScope scope;

    ReportWorkflow(ReportLoader loader, Reports reports, ActivityEntries entries, Revisions revisions, AuditTrail trail,
            Clock clock, org.ariadne.plan.TerritorialScope scope) {
        this.scope = scope;
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
        submit(periodId, institutionId, expectedVersion, now());
    }

    /** Submits the report {@code at} a moment: now, or for the demo data a day years ago ({@link ReportingDemo}). */
    @Transactional
    void submit(long periodId, long institutionId, int expectedVersion, LocalDateTime at) {
        var user = ReportAccess.checkEdit(institutionId);
        var context = loader.forReading(periodId, institutionId);
        var report = context.report();
        if (report == null) {
            throw ReportingException.nothingSaved();
        }
        revisions.checkReport(report, expectedVersion);
        // only which activities have a status is read: values, evidence and spending are not needed to count
        var missing = context.template().missingStatuses(entries.findActivityIdsWithStatus(report.id()));
        var before = report.audited(context.label(null));
        report.submit(missing, context.period(), user.getUsername(), at);
        var saved = reports.save(report);
        trail.recordChange(before, saved.audited(context.label(null)));
    }

    /** Returns a submitted report with a comment on the whole and, optionally, on single activities. */
    @Transactional
    public void returnForChanges(long periodId, long institutionId, int expectedVersion, String comment,
            Map<Long, String> activityComments) {
        returnForChanges(periodId, institutionId, expectedVersion, comment, activityComments, now());
    }

    @Transactional
    void returnForChanges(long periodId, long institutionId, int expectedVersion, String comment,
            Map<Long, String> activityComments, LocalDateTime at) {
        var context = loader.existing(periodId, institutionId);
        var report = context.report();
        var user = ReportAccess.checkReview(scope.manages(report.planId()));
        revisions.checkReport(report, expectedVersion);
        var before = report.audited(context.label(null));
        report.returnForChanges(comment, user.getUsername(), at);
        var saved = reports.save(report);
        Function<Long, String> names = loader::institutionName;
        trail.recordChange(before, saved.audited(context.label(null)));
        if (activityComments != null) {
            for (var entry : entries.findByReportId(saved.id())) {
                var label = context.label("#" + entry.activityId());
                var entryBefore = entry.audited(label, saved.planId(), names);
                if (saved.comment(entry, activityComments.get(entry.activityId()))) {
                    trail.recordChange(entryBefore, entries.save(entry).audited(label, saved.planId(), names));
                }
            }
        }
    }

    /** Accepts a submitted report, which locks it and gives its activity statuses to the plan. */
    @Transactional
    public void accept(long periodId, long institutionId, int expectedVersion) {
        accept(periodId, institutionId, expectedVersion, now());
    }

    @Transactional
    void accept(long periodId, long institutionId, int expectedVersion, LocalDateTime at) {
        var context = loader.existing(periodId, institutionId);
        var report = context.report();
        var user = ReportAccess.checkReview(scope.manages(report.planId()));
        revisions.checkReport(report, expectedVersion);
        var before = report.audited(context.label(null));
        report.accept(entries.findByReportId(report.id()), context.period().endsOn(), user.getUsername(), at);
        var saved = reports.save(report);
        trail.recordChange(before, saved.audited(context.label(null)));
    }

    /** Reopens an accepted report for a correction; only the M&E officer, and only with a reason. */
    @Transactional
    public void reopen(long periodId, long institutionId, int expectedVersion, String reason) {
        var user = ReportAccess.checkReopen();
        var context = loader.existing(periodId, institutionId);
        var report = context.report();
        revisions.checkReport(report, expectedVersion);
        var before = report.audited(context.label(null));
        report.reopen(reason, user.getUsername(), now());
        var saved = reports.save(report);
        trail.recordChange(before, saved.audited(context.label(null)));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
