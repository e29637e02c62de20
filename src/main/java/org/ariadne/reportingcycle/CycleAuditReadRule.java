package org.ariadne.reportingcycle;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.springframework.stereotype.Component;

/** Who reads the cycle's lines in the audit trail: the schedule and the holidays whoever may open their pages. */
@Component
class CycleAuditReadRule implements AuditReadRule {

    @Override
    public Set<String> entityTypes() {
        return Set.of(ReportingSchedules.SCHEDULE, ReportingSchedules.HOLIDAY);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        if (ReportingSchedules.SCHEDULE.equals(entityType)) {
            return AuditVisibility.toRoles(reader, "ME_OFFICER");
        }
        return AuditVisibility.toRoles(reader, "ME_OFFICER", "ADMINISTRATOR");
    }
}
