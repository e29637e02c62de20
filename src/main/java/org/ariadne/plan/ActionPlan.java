package org.ariadne.plan;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A strategy with its action plan: vision, mission, guiding principles and the period it covers. */
@Table("action_plan")
class ActionPlan implements Audited {

    static final String AUDIT_TYPE = "plan";

    @Id
    private Long id;
    @Version
    private Integer version;
    private String title;
    private String vision;
    private String mission;
    private String guidingPrinciples;
    private int startYear;
    private int endYear;
    private PlanStatus status;
    private boolean demo;
    /** The participant whose plan it is (issue 19): its maker's, or the home participant. */
    private Long participantId = org.ariadne.common.participant.ParticipantScope.HOME;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    ActionPlan() {
    }

    static ActionPlan create(PlanCommand command, boolean demo, LocalDateTime now) {
        var plan = new ActionPlan();
        plan.demo = demo;
        plan.createdAt = now;
        plan.apply(command, now);
        return plan;
    }

    /** Gives a new plan to a participant (issue 19). */
    ActionPlan belongingTo(long participant) {
        this.participantId = participant;
        return this;
    }

    void apply(PlanCommand command, LocalDateTime now) {
        if (command.endYear() < command.startYear()) {
            throw PlanException.periodReversed(command.startYear(), command.endYear());
        }
        title = command.title().strip();
        vision = Texts.clean(command.vision());
        mission = Texts.clean(command.mission());
        guidingPrinciples = Texts.clean(command.guidingPrinciples());
        startYear = command.startYear();
        endYear = command.endYear();
        status = command.status() == null ? PlanStatus.DRAFT : command.status();
        updatedAt = now;
    }

    void markAsDemo() {
        demo = true;
    }

    boolean covers(int year) {
        return year >= startYear && year <= endYear;
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
        return title;
    }

    @Override
    public Long auditPlanId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("title", title);
        state.put("vision", vision);
        state.put("mission", mission);
        state.put("guidingPrinciples", guidingPrinciples);
        state.put("startYear", startYear);
        state.put("endYear", endYear);
        state.put("status", status.name());
        state.put("demo", demo);
        return state;
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    String title() {
        return title;
    }

    PlanStatus status() {
        return status;
    }

    int startYear() {
        return startYear;
    }

    int endYear() {
        return endYear;
    }
}
