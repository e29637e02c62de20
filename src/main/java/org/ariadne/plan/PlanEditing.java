package org.ariadne.plan;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import org.ariadne.common.ConflictException;
import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.AuditTrail;
import org.ariadne.audit.Audited;
import org.ariadne.common.NotFoundException;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.institutions.Institutions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Element-by-element changes to a plan by the M&E officer: create, change, reorder and delete, each checked
 * against the version the user saw (nothing is silently overwritten) and written to the audit trail.
 */
@Service
@PreAuthorize("hasRole('ME_OFFICER')")
@Transactional
@org.springframework.modulith.NamedInterface("changes")
public class PlanEditing {

    static final String PLAN = ActionPlan.AUDIT_TYPE;
    static final String STRATEGIC = StrategicObjective.AUDIT_TYPE;
    static final String SPECIFIC = SpecificObjective.AUDIT_TYPE;
    static final String ACTIVITY = Activity.AUDIT_TYPE;
    static final String INDICATOR = Indicator.AUDIT_TYPE;

    private final ActionPlans plans;
    private final StrategicObjectives strategicObjectives;
    private final SpecificObjectives specificObjectives;
    private final Activities activities;
    private final Indicators indicators;
    private final Institutions institutions;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final Clock clock;
    private final ReportedProgress statuses;
    private final VersionTrees versions;
    private final PlanThematicAreas areas;
    private final AreaLists areaLists;
    private final ResponsibleAccounts responsibleAccounts;
    private final org.ariadne.common.participant.ParticipantScope participantScope;

    PlanEditing(ActionPlans plans, StrategicObjectives strategicObjectives, SpecificObjectives specificObjectives,
            Activities activities, Indicators indicators, Institutions institutions, AuditTrail trail,
            AuditHistory history, Clock clock, ReportedProgress statuses, VersionTrees versions,
            PlanThematicAreas areas, AreaLists areaLists, ResponsibleAccounts responsibleAccounts,
            org.ariadne.common.participant.ParticipantScope participantScope) {
        this.participantScope = participantScope;
        this.responsibleAccounts = responsibleAccounts;
        this.versions = versions;
        this.areas = areas;
        this.areaLists = areaLists;
        this.plans = plans;
        this.strategicObjectives = strategicObjectives;
        this.specificObjectives = specificObjectives;
        this.activities = activities;
        this.indicators = indicators;
        this.institutions = institutions;
        this.trail = trail;
        this.history = history;
        this.clock = clock;
        this.statuses = statuses;
    }

    // ---- plan ----

    public long createPlan(PlanCommand command) {
        return createPlan(command, false);
    }

    /** A plan made of demo data, marked so that nobody mistakes it for a real one. */
    public long createDemoPlan(PlanCommand command) {
        return createPlan(command, true);
    }

    private long createPlan(PlanCommand command, boolean demo) {
        var plan = plans.save(ActionPlan.create(command, demo, now()).belongingTo(participantForNewPlan()));
        trail.recordCreated(plan);
        areaLists.createDefaults(plan.id());
        return plan.id();
    }

    /** The participant a plan made now belongs to: its maker's (issue 19). */
    long participantForNewPlan() {
        return participantScope.forNewRecord();
    }

    /** Marks a plan as demo data (shown with a badge everywhere), e.g. after loading it through an import. */
    public void markAsDemo(long id) {
        var plan = plan(id);
        var before = plan.snapshot();
        plan.markAsDemo();
        plans.save(plan);
        trail.recordChange(before, plan);
    }

    public void updatePlan(long id, int expectedVersion, PlanCommand command) {
        var plan = plan(id);
        checkVersion(PLAN, id, plan.version(), expectedVersion);
        var before = plan.snapshot();
        var outside = outsidePeriod(id, command.startYear(), command.endYear());
        if (outside != null) {
            throw PlanException.yearOutsidePlan(outside, command.startYear(), command.endYear());
        }
        plan.apply(command, now());
        plans.save(plan);
        trail.recordChange(before, plan);
    }

    /** A year used by a budget line or target that a shorter period would leave out, if any. */
    private Integer outsidePeriod(long planId, int start, int end) {
        return activities.findByPlanId(planId).stream()
                .flatMap(activity -> activity.budgetYears().stream())
                .filter(year -> year < start || year > end)
                .findFirst()
                .or(() -> indicators.findByPlanId(planId).stream()
                        .flatMap(indicator -> indicator.targetYears().stream())
                        .filter(year -> year < start || year > end)
                        .findFirst())
                .orElse(null);
    }

    /**
     * Deletes a plan with everything in it. An adopted plan is a government decision and is archived instead;
     * only drafts and archived plans may be deleted.
     */
    public void deletePlan(long id) {
        var plan = plan(id);
        if (plan.status() == PlanStatus.ADOPTED) {
            throw PlanException.adoptedPlan(plan.title());
        }
        for (var objective : strategicObjectives.findByPlanIdOrderByPosition(id)) {
            deleteStrategicObjective(objective.id());
        }
        plans.delete(plan);
        trail.recordDeleted(plan);
    }

    @Transactional(readOnly = true)
    public DeletionImpact impactOfDeletingPlan(long id) {
        var plan = plan(id);
        var strategic = strategicObjectives.findByPlanIdOrderByPosition(id);
        return new DeletionImpact(plan.title(), strategic.size() + specificObjectives.findByPlanId(id).size(),
                activities.findByPlanId(id).size(), indicators.findByPlanId(id).size());
    }

    // ---- strategic objectives ----

    public long addStrategicObjective(long planId, StrategicObjectiveCommand command) {
        plan(planId);
        checkArea(planId, command.thematicArea());
        var objective = StrategicObjective.create(planId, command, strategicObjectives.maxPosition(planId) + 1);
        refuseDuplicateCode(strategicObjectives.findByPlanIdAndCode(planId, objective.code()), null);
        var saved = save(() -> strategicObjectives.save(objective), objective.code());
        trail.recordCreated(saved);
        return saved.id();
    }

    public void updateStrategicObjective(long id, int expectedVersion, StrategicObjectiveCommand command) {
        var objective = strategic(id);
        checkVersion(STRATEGIC, id, objective.version(), expectedVersion);
        checkArea(objective.planId(), command.thematicArea());
        var before = objective.snapshot();
        var oldCode = objective.code();
        objective.apply(command);
        refuseDuplicateCode(strategicObjectives.findByPlanIdAndCode(objective.planId(), objective.code()), id);
        if (!oldCode.equals(objective.code()) && !specificObjectives.findByStrategicObjectiveIdOrderByPosition(id).isEmpty()) {
            throw PlanException.hasChildren(oldCode);
        }
        var saved = save(() -> strategicObjectives.save(objective), objective.code());
        trail.recordChange(before, saved);
    }

    public void deleteStrategicObjective(long id) {
        var objective = strategic(id);
        for (var child : specificObjectives.findByStrategicObjectiveIdOrderByPosition(id)) {
            deleteSpecificObjective(child.id());
        }
        deleteIndicators(indicators.findByStrategicObjectiveIdOrderByPosition(id));
        strategicObjectives.delete(objective);
        trail.recordDeleted(objective);
    }

    public void moveStrategicObjective(long id, MoveDirection direction) {
        var objective = strategic(id);
        move(objective, strategicObjectives.findByPlanIdOrderByPosition(objective.planId()), direction,
                strategicObjectives::save);
    }

    // ---- thematic areas ----

    /** Adds an area at the end of the plan's list; a name the plan already has (in either language) is refused. */
    public long addArea(long planId, AreaCommand command) {
        plan(planId);
        return areaLists.add(planId, command.name(), command.nameSq()).id();
    }

    /** Renames an area (in English, Albanian or both); its objectives stay in it. */
    public void updateArea(long id, int expectedVersion, AreaCommand command) {
        var area = area(id);
        checkVersion(PlanThematicArea.AUDIT_TYPE, id, area.version(), expectedVersion);
        for (var other : areas.findByPlanIdOrderByPosition(area.planId())) {
            if (!other.id().equals(id) && (other.view().isCalled(command.name())
                    || (command.nameSq() != null && !command.nameSq().isBlank() && other.view().isCalled(command.nameSq())))) {
                throw PlanException.duplicateArea(command.name());
            }
        }
        var before = area.snapshot();
        area.rename(command.name(), command.nameSq());
        trail.recordChange(before, areas.save(area));
    }

    public void moveArea(long id, MoveDirection direction) {
        var area = area(id);
        move(area, areas.findByPlanIdOrderByPosition(area.planId()), direction, areas::save);
    }

    /** Removes an area no strategic objective is in; one still in use is refused, saying how many objectives are. */
    public void deleteArea(long id) {
        var area = area(id);
        int using = areas.objectivesIn(area.planId(), area.code());
        if (using > 0) {
            throw PlanException.areaInUse(area.title(), using);
        }
        areas.delete(area);
        trail.recordDeleted(area);
    }

    private PlanThematicArea area(long id) {
        return areas.findById(id).orElseThrow(() -> NotFoundException.of(PlanThematicArea.AUDIT_TYPE, id));
    }

    /** An objective's area is one of its plan's, or none. */
    private void checkArea(long planId, String code) {
        if (code != null && !code.isBlank() && areas.findByPlanIdAndCode(planId, code.strip()).isEmpty()) {
            throw PlanException.unknownArea(code);
        }
    }

    // ---- specific objectives ----

    public long addSpecificObjective(long strategicObjectiveId, SpecificObjectiveCommand command) {
        var parent = strategic(strategicObjectiveId);
        var objective = SpecificObjective.create(parent, command, specificObjectives.maxPosition(parent.id()) + 1);
        refuseDuplicateCode(specificObjectives.findByPlanIdAndCode(parent.planId(), objective.code()), null);
        var saved = save(() -> specificObjectives.save(objective), objective.code());
        trail.recordCreated(saved);
        return saved.id();
    }

    public void updateSpecificObjective(long id, int expectedVersion, SpecificObjectiveCommand command) {
        var objective = specific(id);
        checkVersion(SPECIFIC, id, objective.version(), expectedVersion);
        var before = objective.snapshot();
        var oldCode = objective.code();
        objective.apply(strategic(objective.strategicObjectiveId()), command);
        refuseDuplicateCode(specificObjectives.findByPlanIdAndCode(objective.planId(), objective.code()), id);
        if (!oldCode.equals(objective.code()) && !activities.findBySpecificObjectiveIdOrderByPosition(id).isEmpty()) {
            throw PlanException.hasChildren(oldCode);
        }
        var saved = save(() -> specificObjectives.save(objective), objective.code());
        trail.recordChange(before, saved);
    }

    public void deleteSpecificObjective(long id) {
        var objective = specific(id);
        for (var activity : activities.findBySpecificObjectiveIdOrderByPosition(id)) {
            deleteActivity(activity.id());
        }
        deleteIndicators(indicators.findBySpecificObjectiveIdOrderByPosition(id));
        specificObjectives.delete(objective);
        trail.recordDeleted(objective);
    }

    public void moveSpecificObjective(long id, MoveDirection direction) {
        var objective = specific(id);
        move(objective, specificObjectives.findByStrategicObjectiveIdOrderByPosition(objective.strategicObjectiveId()),
                direction, specificObjectives::save);
    }

    // ---- activities ----

    public long addActivity(long specificObjectiveId, ActivityCommand command) {
        var parent = specific(specificObjectiveId);
        var plan = plan(parent.planId());
        var directory = institutions.directory();
        checkInstitutions(directory, command);
        checkResponsible(command, null);
        var activity = Activity.create(parent, plan, command, activities.maxPosition(parent.id()) + 1);
        refuseDuplicateCode(activities.findByPlanIdAndCode(parent.planId(), activity.code()), null);
        var saved = save(() -> activities.save(activity), activity.code());
        trail.recordCreated(saved.audited(directory::nameOf));
        return saved.id();
    }

    public void updateActivity(long id, int expectedVersion, ActivityCommand command) {
        var activity = activity(id);
        checkVersion(ACTIVITY, id, activity.version(), expectedVersion);
        var directory = institutions.directory();
        checkInstitutions(directory, command);
        checkResponsible(command, activity.responsibleUsername());
        var before = activity.audited(directory::nameOf);
        activity.apply(specific(activity.specificObjectiveId()), plan(activity.planId()), command);
        refuseDuplicateCode(activities.findByPlanIdAndCode(activity.planId(), activity.code()), id);
        var saved = save(() -> activities.save(activity), activity.code());
        trail.recordChange(before, saved.audited(directory::nameOf));
    }

    /**
     * Names {@code username} (an M&E officer's or the coordinator's account) responsible for the activity, or nobody
     * when null; audited like any change to the activity.
     */
    public void assignResponsible(long id, String username) {
        var activity = activity(id);
        var directory = institutions.directory();
        checkResponsible(username, activity.responsibleUsername());
        var before = activity.audited(directory::nameOf);
        activity.assignResponsible(username);
        var saved = save(() -> activities.save(activity), activity.code());
        trail.recordChange(before, saved.audited(directory::nameOf));
    }

    public void deleteActivity(long id) {
        var activity = activity(id);
        if (versions.inAdoptedVersion(activity.planId(), id)) {
            // deleting would take its reports and ratings with it: a revision drops it instead
            throw PlanException.inAdoptedVersion(activity.code());
        }
        deleteIndicators(indicators.findByActivityIdOrderByPosition(id));
        var directory = institutions.directory();
        activities.delete(activity);
        trail.recordDeleted(activity.audited(directory::nameOf));
    }

    public void moveActivity(long id, MoveDirection direction) {
        var activity = activity(id);
        move(activity, activities.findBySpecificObjectiveIdOrderByPosition(activity.specificObjectiveId()),
                direction, activities::save);
    }

    // ---- indicators ----

    public long addIndicator(IndicatorOwner owner, IndicatorCommand command) {
        var planId = planOf(owner);
        var plan = plan(planId);
        var directory = institutions.directory();
        checkInstitution(directory, command.responsibleInstitutionId());
        var siblings = siblings(owner);
        var position = siblings.stream().mapToInt(Indicator::position).max().orElse(0) + 1;
        var saved = indicators.save(Indicator.create(owner, plan, command, position));
        trail.recordCreated(saved.audited(directory::nameOf));
        return saved.id();
    }

    public void updateIndicator(long id, int expectedVersion, IndicatorCommand command) {
        var indicator = indicator(id);
        checkVersion(INDICATOR, id, indicator.version(), expectedVersion);
        var directory = institutions.directory();
        checkInstitution(directory, command.responsibleInstitutionId());
        var before = indicator.audited(directory::nameOf);
        indicator.apply(plan(indicator.planId()), command);
        var saved = indicators.save(indicator);
        trail.recordChange(before, saved.audited(directory::nameOf));
    }

    public void deleteIndicator(long id) {
        deleteIndicators(List.of(indicator(id)));
    }

    public void moveIndicator(long id, MoveDirection direction) {
        var indicator = indicator(id);
        move(indicator, siblings(indicator.owner()), direction, indicators::save);
    }

    /** The latest implementation status of an activity, as the M&E officer records it in the matrix. */
    public void recordStatus(long activityId, ActivityStatus status) {
        statuses.record(activityId, status);
    }

    // ---- what a deletion takes with it ----

    @Transactional(readOnly = true)
    public DeletionImpact impactOfDeletingStrategicObjective(long id) {
        var objective = strategic(id);
        var children = specificObjectives.findByStrategicObjectiveIdOrderByPosition(id);
        var childActivities = children.stream()
                .flatMap(child -> activities.findBySpecificObjectiveIdOrderByPosition(child.id()).stream()).toList();
        var count = indicators.findByStrategicObjectiveIdOrderByPosition(id).size()
                + children.stream().mapToInt(child -> indicators.findBySpecificObjectiveIdOrderByPosition(child.id()).size()).sum()
                + childActivities.stream().mapToInt(a -> indicators.findByActivityIdOrderByPosition(a.id()).size()).sum();
        return new DeletionImpact(objective.label(), children.size(), childActivities.size(), count);
    }

    @Transactional(readOnly = true)
    public DeletionImpact impactOfDeletingSpecificObjective(long id) {
        var objective = specific(id);
        var children = activities.findBySpecificObjectiveIdOrderByPosition(id);
        var count = indicators.findBySpecificObjectiveIdOrderByPosition(id).size()
                + children.stream().mapToInt(a -> indicators.findByActivityIdOrderByPosition(a.id()).size()).sum();
        return new DeletionImpact(objective.label(), 0, children.size(), count);
    }

    @Transactional(readOnly = true)
    public DeletionImpact impactOfDeletingActivity(long id) {
        var activity = activity(id);
        return new DeletionImpact(activity.label(), 0, 0, indicators.findByActivityIdOrderByPosition(id).size());
    }

    // ---- helpers ----

    private void deleteIndicators(List<Indicator> doomed) {
        if (doomed.isEmpty()) {
            return;
        }
        var directory = institutions.directory();
        var records = new ArrayList<Audited>();
        for (var indicator : doomed) {
            indicators.delete(indicator);
            records.add(indicator.audited(directory::nameOf));
        }
        trail.recordDeleted(records);
    }

    private <T extends PlanElement> void move(T element, List<T> siblings, MoveDirection direction,
            Function<T, T> saver) {
        var ordered = new ArrayList<>(siblings);
        ordered.sort(Comparator.comparingInt(PlanElement::position));
        int index = indexOf(ordered, element.id());
        int other = direction == MoveDirection.UP ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= ordered.size()) {
            return;
        }
        var neighbour = ordered.get(other);
        var target = ordered.get(index);
        int from = target.position();
        int to = neighbour.position();
        if (from == to) {
            // repair equal positions left by earlier data
            to = direction == MoveDirection.UP ? from - 1 : from + 1;
        }
        target.moveTo(to);
        neighbour.moveTo(from);
        saver.apply(target);
        saver.apply(neighbour);
        trail.recordMoved(target.audited(null), from, to);
    }

    private static int indexOf(List<? extends PlanElement> elements, Long id) {
        for (int i = 0; i < elements.size(); i++) {
            if (Objects.equals(elements.get(i).id(), id)) {
                return i;
            }
        }
        return -1;
    }

    private List<Indicator> siblings(IndicatorOwner owner) {
        return switch (owner.kind()) {
            case ACTIVITY -> indicators.findByActivityIdOrderByPosition(owner.id());
            case SPECIFIC_OBJECTIVE -> indicators.findBySpecificObjectiveIdOrderByPosition(owner.id());
            case STRATEGIC_OBJECTIVE -> indicators.findByStrategicObjectiveIdOrderByPosition(owner.id());
        };
    }

    private long planOf(IndicatorOwner owner) {
        return switch (owner.kind()) {
            case ACTIVITY -> activity(owner.id()).planId();
            case SPECIFIC_OBJECTIVE -> specific(owner.id()).planId();
            case STRATEGIC_OBJECTIVE -> strategic(owner.id()).planId();
        };
    }

    private void checkVersion(String entityType, long id, Integer actual, int expected) {
        if (actual == null || actual != expected) {
            var last = history.lastChange(entityType, id);
            throw ConflictException.of("plan.conflict", actual == null ? 0 : actual,
                    last.map(e -> e.actor()).orElse(null),
                    last.map(e -> e.occurredAt()).orElse(null));
        }
    }

    private static void refuseDuplicateCode(java.util.Optional<? extends PlanElement> existing, Long self) {
        existing.filter(element -> !element.id().equals(self)).ifPresent(element -> {
            throw PlanException.duplicateCode(element.code());
        });
    }

    /** The unique constraint is the last guard when two people add the same code at the same moment. */
    private static <T> T save(java.util.function.Supplier<T> saving, String code) {
        try {
            return saving.get();
        } catch (DuplicateKeyException clash) {
            throw PlanException.duplicateCode(code);
        }
    }

    /**
     * The responsible account must be an office account (M&E officer or coordinator); one already named stays
     * acceptable when the account has since lost the role, so that saving other fields does not fail on it.
     */
    private void checkResponsible(ActivityCommand command, String current) {
        checkResponsible(command.responsibleUsername(), current);
    }

    private void checkResponsible(String chosen, String current) {
        var username = chosen == null ? null : chosen.strip();
        if (username == null || username.isEmpty() || username.equals(current)) {
            return;
        }
        if (!responsibleAccounts.mayBeResponsible(username)) {
            throw PlanException.notResponsibleAccount(username);
        }
    }

    private static void checkInstitutions(InstitutionDirectory directory, ActivityCommand command) {
        Stream.concat(Stream.concat(Stream.of(command.leadInstitutionId()), command.supportingInstitutionIds().stream()),
                        command.budgetLines().stream().map(BudgetLineCommand::sourceInstitutionId))
                .filter(Objects::nonNull)
                .forEach(id -> checkInstitution(directory, id));
    }

    private static void checkInstitution(InstitutionDirectory directory, Long id) {
        if (id != null && directory.byId(id).isEmpty()) {
            throw PlanException.unknownInstitution(id);
        }
    }

    private ActionPlan plan(long id) {
        return plans.findById(id).orElseThrow(() -> NotFoundException.of(PLAN, id));
    }

    private StrategicObjective strategic(long id) {
        return strategicObjectives.findById(id).orElseThrow(() -> NotFoundException.of(STRATEGIC, id));
    }

    private SpecificObjective specific(long id) {
        return specificObjectives.findById(id).orElseThrow(() -> NotFoundException.of(SPECIFIC, id));
    }

    private Activity activity(long id) {
        return activities.findById(id).orElseThrow(() -> NotFoundException.of(ACTIVITY, id));
    }

    private Indicator indicator(long id) {
        return indicators.findById(id).orElseThrow(() -> NotFoundException.of(INDICATOR, id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
