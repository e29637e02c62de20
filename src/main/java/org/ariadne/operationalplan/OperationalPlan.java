package org.ariadne.operationalplan;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A plan's operational plan for one year. Guards its workflow: its lines change only while it is a draft; the
 * coordinator approves it once every carry-over is decided, which freezes it; the coordinator reopens it with a
 * reason. Every line change touches it, so an approval never overlooks a line saved while the coordinator was reading.
 */
@Table("operational_plan")
class OperationalPlan implements Audited {

    static final String AUDIT_TYPE = "operational-plan";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private int planYear;
    private OperationalPlanStatus status;
    private String draftedBy;
    private LocalDateTime draftedAt;
    private String approvedBy;
    private LocalDateTime approvedAt;
    private String reopenedBy;
    private LocalDateTime reopenedAt;
    private String reopenReason;
    private String updatedBy;
    private LocalDateTime updatedAt;

    OperationalPlan() {
    }

    static OperationalPlan draft(long planId, int year, String by, LocalDateTime now) {
        var plan = new OperationalPlan();
        plan.planId = planId;
        plan.planYear = year;
        plan.status = OperationalPlanStatus.DRAFT;
        plan.draftedBy = by;
        plan.draftedAt = now;
        plan.updatedBy = by;
        plan.updatedAt = now;
        return plan;
    }

    /** Refuses any change to the lines of an approved operational plan. */
    void checkOpenForChanges() {
        if (status == OperationalPlanStatus.APPROVED) {
            throw OperationalPlanException.approved(planYear);
        }
    }

    /** Records that a line changed (and claims the plan's version). */
    void touch(String by, LocalDateTime now) {
        checkOpenForChanges();
        updatedBy = by;
        updatedAt = now;
    }

    /**
     * Approves it. Refused when it is approved already and while a carry-over is still undecided (named by code).
     */
    void approve(Collection<OperationalPlanLine> lines, String by, LocalDateTime now) {
        if (status == OperationalPlanStatus.APPROVED) {
            throw OperationalPlanException.approved(planYear);
        }
        List<String> undecided = lines.stream().filter(line -> line.decision() == LineDecision.PROPOSED)
                .map(OperationalPlanLine::code).toList();
        if (!undecided.isEmpty()) {
            throw OperationalPlanException.undecided(undecided.size(), String.join(", ", undecided));
        }
        status = OperationalPlanStatus.APPROVED;
        approvedBy = by;
        approvedAt = now;
        updatedBy = by;
        updatedAt = now;
    }

    /** Opens an approved operational plan again, for a correction; the reason stays on it and in the trail. */
    void reopen(String reason, String by, LocalDateTime now) {
        if (status != OperationalPlanStatus.APPROVED) {
            throw OperationalPlanException.notApproved(planYear);
        }
        if (reason == null || reason.isBlank()) {
            throw OperationalPlanException.reopenReasonRequired();
        }
        status = OperationalPlanStatus.DRAFT;
        reopenReason = reason.strip();
        reopenedBy = by;
        reopenedAt = now;
        approvedBy = null;
        approvedAt = null;
        updatedBy = by;
        updatedAt = now;
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public String auditLabel() {
        return String.valueOf(planYear);
    }

    @Override
    public Long auditPlanId() {
        return planId;
    }

    @Override
    public Map<String, Object> auditState() {
        return AuditRecord.state("year", planYear, "status", status.name(), "approvedBy", approvedBy, "reopenReason",
                reopenReason);
    }

    OperationalPlanView view(List<LineView> lines) {
        return new OperationalPlanView(id, version, planId, planYear, status, draftedBy, draftedAt, approvedBy,
                approvedAt, reopenedBy, reopenedAt, reopenReason, updatedBy, updatedAt, lines);
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long planId() {
        return planId;
    }

    int year() {
        return planYear;
    }

    OperationalPlanStatus status() {
        return status;
    }

    String updatedBy() {
        return updatedBy;
    }

    LocalDateTime updatedAt() {
        return updatedAt;
    }
}
