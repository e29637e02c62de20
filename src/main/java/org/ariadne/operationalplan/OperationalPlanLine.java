package org.ariadne.operationalplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.LongFunction;

import org.ariadne.audit.Audited;
import org.ariadne.plan.ActivityStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One activity in a year's operational plan: what the action plan said of it when the year was drafted, and the
 * officer's decision. Guards its own rules: a due activity is included or left out with a reason; a carry-over is
 * accepted with a reason, a new end date in the plan's period from the start of the year, and a budget for the year,
 * or declined with a reason. Every refusal names its field, all of them at once.
 */
@Table("operational_plan_line")
class OperationalPlanLine {

    static final String AUDIT_TYPE = "operational-plan-line";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long operationalPlanId;
    private int position;
    private long activityId;
    private LineKind kind;
    private LineDecision decision;
    private String objectiveCode;
    private String code;
    private String title;
    private LocalDate startDate;
    private LocalDate endDate;
    private boolean continuous;
    private ActivityStatus status;
    private Long leadInstitutionId;
    private String supportingInstitutionIds;
    private String yearTargets;
    private BigDecimal plannedBudget;
    private String currency;
    private String reason;
    private LocalDate newEndDate;
    private BigDecimal budget;
    private String targetNote;
    private String budgetNote;
    private String updatedBy;
    private LocalDateTime updatedAt;

    OperationalPlanLine() {
    }

    /** What the action plan says of the activity, as the line keeps it. */
    record Snapshot(long activityId, String objectiveCode, String code, String title, LocalDate startDate,
            LocalDate endDate, boolean continuous, ActivityStatus status, Long leadInstitutionId,
            List<Long> supportingInstitutionIds, List<String> yearTargets, BigDecimal plannedBudget, String currency) {
    }

    static OperationalPlanLine drafted(long operationalPlanId, int position, LineKind kind, Snapshot activity,
            String by, LocalDateTime now) {
        var line = new OperationalPlanLine();
        line.operationalPlanId = operationalPlanId;
        line.position = position;
        line.kind = kind;
        line.decision = kind == LineKind.DUE ? LineDecision.INCLUDED : LineDecision.PROPOSED;
        line.activityId = activity.activityId();
        line.objectiveCode = activity.objectiveCode();
        line.code = activity.code();
        line.title = activity.title();
        line.startDate = activity.startDate();
        line.endDate = activity.endDate();
        line.continuous = activity.continuous();
        line.status = activity.status();
        line.leadInstitutionId = activity.leadInstitutionId();
        line.supportingInstitutionIds = activity.supportingInstitutionIds().isEmpty() ? null
                : String.join(",", activity.supportingInstitutionIds().stream().map(String::valueOf).toList());
        line.yearTargets = activity.yearTargets().isEmpty() ? null : String.join("\n", activity.yearTargets());
        line.plannedBudget = activity.plannedBudget();
        line.currency = activity.currency();
        line.updatedBy = by;
        line.updatedAt = now;
        return line;
    }

    /** The same line at a position in the plan. */
    OperationalPlanLine at(int newPosition) {
        position = newPosition;
        return this;
    }

    /**
     * Checks a decision for a line of this kind in {@code year} of a plan ending in {@code planEndYear}: every
     * refusal at once, each naming its field.
     */
    static void check(LineKind kind, LineCommand command, int year, int planEndYear) {
        var refusals = new ArrayList<OperationalPlanException>();
        var decision = command.decision();
        if (decision == null || decision == LineDecision.PROPOSED) {
            refusals.add(OperationalPlanException.decisionRequired());
        } else if ((kind == LineKind.DUE) != (decision == LineDecision.INCLUDED || decision == LineDecision.EXCLUDED)) {
            refusals.add(OperationalPlanException.decisionNotForKind());
        } else {
            if (decision != LineDecision.INCLUDED && blank(command.reason())) {
                refusals.add(OperationalPlanException.reasonRequired(decision));
            }
            if (decision == LineDecision.ACCEPTED) {
                var from = LocalDate.of(year, 1, 1);
                var to = LocalDate.of(planEndYear, 12, 31);
                if (command.newEndDate() == null) {
                    refusals.add(OperationalPlanException.newEndDateRequired());
                } else if (command.newEndDate().isBefore(from) || command.newEndDate().isAfter(to)) {
                    refusals.add(OperationalPlanException.newEndDateOutside(from.toString(), to.toString()));
                }
                if (command.budget() == null) {
                    refusals.add(OperationalPlanException.budgetRequired());
                }
            }
        }
        if (command.budget() != null && command.budget().signum() < 0) {
            refusals.add(OperationalPlanException.budgetNegative());
        }
        OperationalPlanException.refuseAll(refusals);
    }

    /** Takes the officer's decision (checked first): what does not belong to it is cleared. */
    void decide(LineCommand command, int year, int planEndYear, String by, LocalDateTime now) {
        check(kind, command, year, planEndYear);
        decision = command.decision();
        reason = decision == LineDecision.INCLUDED ? clean(command.reason()) : command.reason().strip();
        newEndDate = decision == LineDecision.ACCEPTED ? command.newEndDate() : null;
        budget = decision.inTheYear() ? command.budget() : null;
        targetNote = decision.inTheYear() ? clean(command.targetNote()) : null;
        budgetNote = decision.inTheYear() ? clean(command.budgetNote()) : null;
        updatedBy = by;
        updatedAt = now;
    }

    /** The line's audit view: the activity's code and the year as its label, institution names for their ids. */
    Audited audited(long planId, int year, LongFunction<String> institutionName) {
        var state = new LinkedHashMap<String, Object>();
        state.put("year", year);
        state.put("activity", code);
        state.put("kind", kind.name());
        state.put("decision", decision.name());
        state.put("reason", reason);
        state.put("newEndDate", newEndDate);
        state.put("budget", budget);
        state.put("targetNote", targetNote);
        state.put("budgetNote", budgetNote);
        state.put("lead", leadInstitutionId == null ? null : institutionName.apply(leadInstitutionId));
        return Audited.of(AUDIT_TYPE, id, year + " · " + code, planId, state);
    }

    LineView view() {
        return new LineView(id == null ? 0 : id, version == null ? 0 : version, activityId, kind, decision, objectiveCode, code, title, startDate, endDate,
                continuous, status, leadInstitutionId, supporting(), yearTargets == null ? List.of()
                        : List.of(yearTargets.split("\n")), plannedBudget, currency, reason, newEndDate, budget,
                targetNote, budgetNote, updatedBy, updatedAt);
    }

    private List<Long> supporting() {
        if (supportingInstitutionIds == null || supportingInstitutionIds.isBlank()) {
            return List.of();
        }
        return Arrays.stream(supportingInstitutionIds.split(",")).map(Long::valueOf).toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String clean(String text) {
        return blank(text) ? null : text.strip();
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long operationalPlanId() {
        return operationalPlanId;
    }

    long activityId() {
        return activityId;
    }

    LineKind kind() {
        return kind;
    }

    LineDecision decision() {
        return decision;
    }

    LocalDate newEndDate() {
        return newEndDate;
    }

    String code() {
        return code;
    }

    int position() {
        return position;
    }

    String updatedBy() {
        return updatedBy;
    }

    LocalDateTime updatedAt() {
        return updatedAt;
    }

}
