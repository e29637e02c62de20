package org.ariadne.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An activity of the action plan with everything seed 002 asks of it: the "how", expected result, lead and
 * supporting institutions, the ONATC person who collects its data, timeline, collection frequency, means of
 * verification, budget by year and source, assumptions and risks.
 */
@Table("activity")
class Activity implements PlanElement {

    static final String AUDIT_TYPE = "activity";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private long specificObjectiveId;
    private String code;
    private String title;
    private String description;
    private String expectedResult;
    private Long leadInstitutionId;
    private String responsiblePerson;
    /** The office account responsible for collecting and rating the activity's data, if one is named. */
    private String responsibleUsername;
    private LocalDate startDate;
    private LocalDate endDate;
    private boolean continuous;
    private Frequency frequency;
    private String meansOfVerification;
    private String assumptions;
    private String risks;
    private ActivityStatus status;
    /** The end of the period of the accepted report that gave the status, if a report gave it. */
    private LocalDate statusAsOf;
    private int position;
    /** Dropped by a revision of the plan: kept with its reports, no longer part of the plan. */
    private boolean dropped;
    @MappedCollection(idColumn = "activity_id")
    private Set<SupportingInstitution> supportingInstitutions = new LinkedHashSet<>();
    @MappedCollection(idColumn = "activity_id", keyColumn = "line_index")
    private List<BudgetLine> budgetLines = new ArrayList<>();

    Activity() {
    }

    static Activity create(SpecificObjective parent, ActionPlan plan, ActivityCommand command, int position) {
        var activity = new Activity();
        activity.planId = parent.planId();
        activity.specificObjectiveId = parent.id();
        activity.position = position;
        activity.apply(parent, plan, command);
        return activity;
    }

    void apply(SpecificObjective parent, ActionPlan plan, ActivityCommand command) {
        if (command.startDate() != null && command.endDate() != null && command.endDate().isBefore(command.startDate())) {
            throw PlanException.endBeforeStart(command.startDate(), command.endDate());
        }
        code = Codes.activity(command.code(), parent.code());
        title = command.title().strip();
        description = Texts.clean(command.description());
        expectedResult = Texts.clean(command.expectedResult());
        leadInstitutionId = command.leadInstitutionId();
        responsiblePerson = Texts.clean(command.responsiblePerson());
        responsibleUsername = Texts.clean(command.responsibleUsername());
        startDate = command.startDate();
        endDate = command.endDate();
        continuous = Boolean.TRUE.equals(command.continuous());
        frequency = command.frequency();
        meansOfVerification = Texts.clean(command.meansOfVerification());
        assumptions = Texts.clean(command.assumptions());
        risks = Texts.clean(command.risks());
        status = command.status();
        var supporting = new LinkedHashSet<SupportingInstitution>();
        command.supportingInstitutionIds().stream()
                .filter(Objects::nonNull)
                .filter(institutionId -> !institutionId.equals(leadInstitutionId))
                .forEach(institutionId -> supporting.add(new SupportingInstitution(institutionId)));
        supportingInstitutions = supporting;
        var lines = new ArrayList<BudgetLine>();
        for (var line : command.budgetLines()) {
            if (line.isBlank()) {
                continue;
            }
            lines.add(BudgetLine.of(line, plan));
        }
        budgetLines = lines;
    }

    List<Integer> budgetYears() {
        return budgetLines.stream().map(BudgetLine::budgetYear).filter(Objects::nonNull).toList();
    }

    /** The latest status of the activity as the M&E officer records it. */
    void reportStatus(ActivityStatus newStatus) {
        this.status = newStatus;
    }

    /**
     * The status an accepted progress report gives the activity, as of the end of the report's period. A report for an
     * earlier period never overrides one for a later period: the status is then left as it is.
     *
     * @return whether the status (or the day it is known as of) changed
     */
    boolean reportStatus(ActivityStatus newStatus, LocalDate asOf) {
        boolean older = statusAsOf != null && statusAsOf.isAfter(asOf);
        boolean same = newStatus == status && asOf.equals(statusAsOf);
        if (older || same) {
            return false;
        }
        this.status = newStatus;
        this.statusAsOf = asOf;
        return true;
    }

    ActivityStatus status() {
        return status;
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    /** The audit view of the element as it is now, institutions by name. */
    Audited audited(Function<Long, String> institutionNames) {
        return audited(auditState(institutionNames));
    }

    Map<String, Object> auditState(Function<Long, String> institutionNames) {
        var state = new LinkedHashMap<String, Object>();
        state.put("code", code);
        state.put("title", title);
        state.put("description", description);
        state.put("expectedResult", expectedResult);
        state.put("leadInstitution", institutionNames.apply(leadInstitutionId));
        state.put("supportingInstitutions", supportingInstitutions.stream()
                .map(s -> institutionNames.apply(s.institutionId())).filter(Objects::nonNull).sorted().toList());
        state.put("responsiblePerson", responsiblePerson);
        if (responsibleUsername != null) {
            // only when named: the trail of every activity without an account stays as it was
            state.put("responsibleAccount", responsibleUsername);
        }
        state.put("start", startDate == null ? null : startDate.toString());
        state.put("end", endDate == null ? null : endDate.toString());
        state.put("continuous", continuous);
        state.put("frequency", frequency == null ? null : frequency.name());
        state.put("meansOfVerification", meansOfVerification);
        state.put("assumptions", assumptions);
        state.put("risks", risks);
        state.put("status", status == null ? null : status.name());
        if (dropped) {
            // only when it is: the trail of every activity never dropped stays as it was
            state.put("dropped", true);
        }
        state.put("budget", budgetLines.stream().map(line -> line.describe(institutionNames)).toList());
        return state;
    }

    void assignResponsible(String username) {
        responsibleUsername = Texts.clean(username);
    }

    String responsibleUsername() {
        return responsibleUsername;
    }

    boolean dropped() {
        return dropped;
    }

    void markDropped(boolean dropped) {
        this.dropped = dropped;
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public Integer version() {
        return version;
    }

    @Override
    public long planId() {
        return planId;
    }

    long specificObjectiveId() {
        return specificObjectiveId;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public int position() {
        return position;
    }

    @Override
    public void moveTo(int position) {
        this.position = position;
    }

    /** One institution that supports the activity. */
    @Table("activity_supporting_institution")
    record SupportingInstitution(Long institutionId) {
    }

    /** Money planned for the activity from one source, for one year or for the whole period. */
    @Table("budget_line")
    record BudgetLine(Integer budgetYear, FundingSourceKind sourceKind, Long sourceInstitutionId,
            BigDecimal plannedAmount, BigDecimal securedAmount, String currency) {

        static BudgetLine of(BudgetLineCommand line, ActionPlan plan) {
            if (line.planned() == null) {
                throw PlanException.budgetWithoutAmount();
            }
            if (line.planned().signum() < 0 || (line.secured() != null && line.secured().signum() < 0)) {
                throw PlanException.negativeAmount();
            }
            if (line.year() != null && !plan.covers(line.year())) {
                throw PlanException.yearOutsidePlan(line.year(), plan.startYear(), plan.endYear());
            }
            var kind = line.kind() == null ? FundingSourceKind.STATE_BUDGET : line.kind();
            var currency = line.currency() == null || line.currency().isBlank() ? null
                    : line.currency().strip().toUpperCase(java.util.Locale.ROOT);
            return new BudgetLine(line.year(), kind, line.sourceInstitutionId(), line.planned(), line.secured(), currency);
        }

        String describe(Function<Long, String> institutionNames) {
            var source = sourceInstitutionId == null ? sourceKind.name()
                    : sourceKind.name() + " " + institutionNames.apply(sourceInstitutionId);
            return (budgetYear == null ? "" : budgetYear + ": ") + source + " " + plain(plannedAmount)
                    + (currency == null ? "" : " " + currency)
                    + (securedAmount == null ? "" : " (secured " + plain(securedAmount) + ")");
        }

        private static String plain(BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }
    }
}
