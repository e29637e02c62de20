package org.ariadne.plan;

import java.time.LocalDate;
import java.util.Map;

import org.ariadne.audit.AuditAction;
import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the statuses an accepted progress report gives its activities into the plan, so the monitoring matrix
 * shows the latest known status. A report for an earlier period never overrides one for a later period. Called
 * by the reporting cycle when a report is accepted, not by pages.
 */
@Service
@org.springframework.modulith.NamedInterface("changes")
public class ReportedProgress {

    private final JdbcClient jdbc;
    private final AuditTrail trail;
    private final PlanTreeCache cache;

    ReportedProgress(JdbcClient jdbc, AuditTrail trail, PlanTreeCache cache) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.cache = cache;
    }

    @Transactional
    public void record(Map<Long, ActivityStatus> statuses, LocalDate asOf) {
        cache.changed();
        statuses.forEach((activityId, status) -> {
            if (status == null) {
                return;
            }
            var before = jdbc.sql("select code, title, plan_id, status from activity where id = ?").param(activityId)
                    .query((row, index) -> new Object[] {row.getString("code"), row.getString("title"), row.getLong("plan_id"),
                            row.getString("status")})
                    .optional();
            int changed = jdbc.sql("""
                            update activity set status = ?, status_as_of = ?
                            where id = ? and (status_as_of is null or status_as_of <= ?)""")
                    .params(status.name(), asOf, activityId, asOf)
                    .update();
            if (changed > 0 && before.isPresent() && !status.name().equals(before.get()[3])) {
                var row = before.get();
                trail.record(new AuditRecord(AuditAction.UPDATED, PlanEditing.ACTIVITY, activityId, row[0] + " " + row[1],
                        (Long) row[2], AuditRecord.state("status", row[3]),
                        AuditRecord.state("status", status.name(), "statusAsOf", asOf.toString())));
            }
        });
    }
}
