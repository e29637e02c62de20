package org.ariadne.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of an action plan: version 1 is the plan as adopted; each mid-term review opens the next version as a
 * revision of the live plan, which the coordinator adopts with an effective date and the Ministry of Finance's
 * opinion. An adopted version keeps its whole tree as JSON.
 */
@Table("plan_version")
class PlanVersion implements Audited {

    static final String AUDIT_TYPE = "plan-version";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private int number;
    private PlanVersionStatus status;
    private String tree;
    private LocalDate effectiveFrom;
    private LocalDateTime startedAt;
    private String startedBy;
    private LocalDateTime adoptedAt;
    private String adoptedBy;
    private LocalDate mofOpinionDate;
    private String mofOpinionReference;
    private String mofOpinionText;

    PlanVersion() {
    }

    /** Version 1: the plan as it stood when its first revision began, in force from the plan's first day. */
    static PlanVersion first(long planId, int startYear, String tree, String by, LocalDateTime now) {
        var first = new PlanVersion();
        first.planId = planId;
        first.number = 1;
        first.status = PlanVersionStatus.ADOPTED;
        first.tree = tree;
        first.effectiveFrom = LocalDate.of(startYear, 1, 1);
        first.startedAt = now;
        first.startedBy = by;
        first.adoptedAt = now;
        first.adoptedBy = by;
        return first;
    }

    static PlanVersion revision(long planId, int number, String by, LocalDateTime now) {
        var revision = new PlanVersion();
        revision.planId = planId;
        revision.number = number;
        revision.status = PlanVersionStatus.IN_REVISION;
        revision.startedAt = now;
        revision.startedBy = by;
        return revision;
    }

    /** Adopts the revision: its tree is frozen as it stands now. */
    void adopt(String tree, AdoptionCommand command, LocalDate previousEffective, String by, LocalDateTime now) {
        if (status != PlanVersionStatus.IN_REVISION) {
            throw PlanException.versionNotInRevision(number);
        }
        if (previousEffective != null && !command.effectiveFrom().isAfter(previousEffective)) {
            throw PlanException.effectiveNotAfterPrevious(command.effectiveFrom(), previousEffective);
        }
        this.tree = tree;
        status = PlanVersionStatus.ADOPTED;
        effectiveFrom = command.effectiveFrom();
        mofOpinionDate = command.mofOpinionDate();
        mofOpinionReference = Texts.clean(command.mofOpinionReference());
        mofOpinionText = Texts.clean(command.mofOpinionText());
        adoptedAt = now;
        adoptedBy = by;
    }

    PlanVersionView view() {
        return new PlanVersionView(id, version, planId, number, status, effectiveFrom, startedAt, startedBy, adoptedAt,
                adoptedBy, mofOpinionDate, mofOpinionReference, mofOpinionText);
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
        return "v" + number;
    }

    @Override
    public Long auditPlanId() {
        return planId;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("number", number);
        state.put("status", status.name());
        state.put("effectiveFrom", effectiveFrom == null ? null : effectiveFrom.toString());
        state.put("mofOpinionDate", mofOpinionDate == null ? null : mofOpinionDate.toString());
        state.put("mofOpinionReference", mofOpinionReference);
        state.put("mofOpinionText", mofOpinionText);
        return state;
    }

    Long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    int number() {
        return number;
    }

    PlanVersionStatus status() {
        return status;
    }

    String tree() {
        return tree;
    }

    LocalDate effectiveFrom() {
        return effectiveFrom;
    }
}
