package org.ariadne.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.ariadne.audit.Audited;
import org.ariadne.audit.AuditTrail;
import org.ariadne.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saving a report part by part: what it says on an activity, the value of an indicator for a collection period.
 * The report is opened (and its template built) once per request, however many parts a workbook brings.
 */
@Service
class ReportEntries {

    private final ReportLoader loader;
    private final ActivityEntries entries;
    private final Values values;
    private final Revisions revisions;
    private final AuditTrail trail;
    private final Clock clock;

    ReportEntries(ReportLoader loader, ActivityEntries entries, Values values, Revisions revisions, AuditTrail trail,
            Clock clock) {
        this.loader = loader;
        this.entries = entries;
        this.values = values;
        this.revisions = revisions;
        this.trail = trail;
        this.clock = clock;
    }

    @Transactional
    public int saveActivity(long periodId, long institutionId, long activityId, int expectedVersion,
            ActivityEntryCommand command) {
        var user = ReportAccess.checkEdit(institutionId);
        return saveActivity(loader.openForChanges(periodId, institutionId), user, activityId, expectedVersion, command);
    }

    @Transactional
    public int saveValue(long periodId, long institutionId, long indicatorId, LocalDate startsOn, int expectedVersion,
            ValueCommand command) {
        var user = ReportAccess.checkEdit(institutionId);
        var context = loader.openForChanges(periodId, institutionId);
        return saveValue(context, loader.layout(context), user, indicatorId, startsOn, expectedVersion, command);
    }

    @Transactional
    public int saveAll(long periodId, long institutionId, List<ActivityEntryUpdate> activities, List<ValueUpdate> values) {
        var user = ReportAccess.checkEdit(institutionId);
        if (activities.isEmpty() && values.isEmpty()) {
            return 0;
        }
        var context = loader.openForChanges(periodId, institutionId);
        for (var update : activities) {
            saveActivity(context, user, update.activityId(), update.expectedRevision(), update.command());
        }
        if (!values.isEmpty()) {
            var layout = loader.layout(context);
            for (var update : values) {
                saveValue(context, layout, user, update.indicatorId(), update.startsOn(), update.expectedRevision(),
                        update.command());
            }
        }
        return activities.size() + values.size();
    }

    private int saveActivity(ReportContext context, SignedInUser user, long activityId, int expectedVersion,
            ActivityEntryCommand command) {
        var report = context.report();
        var activity = context.template().activity(activityId);
        var entry = report.entry(activityId, entries.findByReportIdAndActivityId(report.id(), activityId));
        revisions.checkPart(entry.id() == null ? 0 : ReportActivity.revision(entry.version()), expectedVersion,
                entry.updatedBy(), entry.updatedAt());
        var label = context.label(activity.activity().code());
        var before = entry.id() == null ? null : entry.audited(label, report.planId(), loader::institutionName);
        report.change(entry, command, user.getUsername(), now());
        var saved = entries.save(entry);
        record(before, saved.audited(label, report.planId(), loader::institutionName));
        return ReportActivity.revision(saved.version());
    }

    private int saveValue(ReportContext context, ReportLayout layout, SignedInUser user, long indicatorId,
            LocalDate startsOn, int expectedVersion, ValueCommand command) {
        var report = context.report();
        var slot = layout.indicator(indicatorId);
        var span = slot.values().stream().filter(v -> v.startsOn().equals(startsOn)).findFirst()
                .orElseThrow(() -> ReportingException.notInReport(startsOn.toString()));
        var value = report.value(indicatorId, span,
                values.findByReportIdAndIndicatorIdAndStartsOn(report.id(), indicatorId, startsOn));
        revisions.checkPart(value.id() == null ? 0 : ReportActivity.revision(value.version()), expectedVersion,
                value.updatedBy(), value.updatedAt());
        var label = context.label(slot.ownerCode() + " " + slot.indicator().name());
        var before = value.id() == null ? null : value.audited(label, report.planId());
        report.change(value, slot.indicator(), slot.breakdown(), command, user.getUsername(), now());
        var saved = values.save(value);
        record(before, saved.audited(label, report.planId()));
        return ReportActivity.revision(saved.version());
    }

    /** A part saved for the first time is created in the trail, one saved again changed. */
    private void record(Audited before, Audited after) {
        if (before == null) {
            trail.recordCreated(after);
        } else {
            trail.recordChange(before, after);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
