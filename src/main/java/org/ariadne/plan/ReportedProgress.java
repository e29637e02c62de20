package org.ariadne.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.AuditTrail;
import org.ariadne.audit.Audited;
import org.ariadne.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of an activity's reported status: the statuses an accepted progress report gives its activities,
 * so that the monitoring matrix shows the latest known status, and the status the M&E officer records (through
 * {@link PlanEditing#recordStatus}). Both go through the {@link Activity} entity, which holds the rule, and leave
 * the same audit entry. Called by the reporting cycle when a report is accepted, not by pages.
 */
@Service
@org.springframework.modulith.NamedInterface("changes")
public class ReportedProgress {

    private final Activities activities;
    private final AuditTrail trail;

    ReportedProgress(Activities activities, AuditTrail trail) {
        this.activities = activities;
        this.trail = trail;
    }

    /**
     * The statuses of an accepted report whose period ended on {@code asOf}. A report for an earlier period never
     * overrides one for a later period, whichever is recorded last, even when two are recorded at the same time.
     */
    @Transactional
    public void record(Map<Long, ActivityStatus> statuses, LocalDate asOf) {
        var reported = new HashMap<>(statuses);
        reported.values().removeIf(Objects::isNull);
        if (reported.isEmpty()) {
            return;
        }
        for (var activity : activities.findByIdInOrderById(reported.keySet())) {
            var before = activity.status();
            if (activity.reportStatus(reported.get(activity.id()), asOf)) {
                save(activity, before, "statusAsOf", asOf.toString());
            }
        }
    }

    /** The status as the M&E officer records it in the matrix, taken as it is. */
    @Transactional
    void record(long activityId, ActivityStatus status) {
        var activity = activities.findById(activityId)
                .orElseThrow(() -> NotFoundException.of(PlanEditing.ACTIVITY, activityId));
        var before = activity.status();
        activity.reportStatus(status);
        save(activity, before);
    }

    /** Saves the activity; a changed status is written to the trail with what else the change says about it. */
    private void save(Activity activity, ActivityStatus before, Object... alsoAfter) {
        activities.save(activity);
        if (activity.status() == before) {
            return;
        }
        var after = AuditRecord.state("status", name(activity.status()));
        after.putAll(AuditRecord.state(alsoAfter));
        trail.recordChange(status(activity, AuditRecord.state("status", name(before))), status(activity, after));
    }

    private static Audited status(Activity activity, Map<String, Object> state) {
        return Audited.of(PlanEditing.ACTIVITY, activity.id(), activity.label(), activity.planId(), state);
    }

    private static String name(ActivityStatus status) {
        return status == null ? null : status.name();
    }
}
