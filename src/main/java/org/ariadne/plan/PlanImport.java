package org.ariadne.plan;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.ariadne.audit.AuditAction;
import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.UserFacingException;
import org.ariadne.common.text.NameKey;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ImportComparison.ChangeKind;
import org.ariadne.plan.ImportComparison.ElementChange;
import org.ariadne.plan.ImportComparison.ElementKind;
import org.ariadne.plan.ImportComparison.Problem;
import org.ariadne.plan.PlanDraft.ActivityDraft;
import org.ariadne.plan.PlanDraft.IndicatorDraft;
import org.ariadne.plan.PlanDraft.SpecificObjectiveDraft;
import org.ariadne.plan.PlanDraft.StrategicObjectiveDraft;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a whole plan in from a {@link PlanDraft}: first {@link #compare} shows every problem and every change
 * without saving anything, then {@link #apply} writes it all in one transaction, or nothing. Elements are
 * matched by code (indicators by name within their element); fields the file does not carry keep their values.
 */
@Service
@PreAuthorize("hasRole('ME_OFFICER')")
@org.springframework.modulith.NamedInterface("changes")
public class PlanImport {

    private final ActionPlans plans;
    private final StrategicObjectives strategicObjectives;
    private final SpecificObjectives specificObjectives;
    private final Activities activities;
    private final Indicators indicators;
    private final PlanReader reader;
    private final PlanEditing editing;
    private final Institutions institutions;
    private final AuditTrail trail;
    private final Validator validator;
    private final Clock clock;
    private final AreaLists areaLists;

    PlanImport(ActionPlans plans, StrategicObjectives strategicObjectives, SpecificObjectives specificObjectives,
            Activities activities, Indicators indicators, PlanReader reader, PlanEditing editing,
            Institutions institutions, AuditTrail trail, Validator validator, Clock clock, AreaLists areaLists) {
        this.areaLists = areaLists;
        this.plans = plans;
        this.strategicObjectives = strategicObjectives;
        this.specificObjectives = specificObjectives;
        this.activities = activities;
        this.indicators = indicators;
        this.reader = reader;
        this.editing = editing;
        this.institutions = institutions;
        this.trail = trail;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * What importing the draft into the plan (or, with {@code planId} null, as a new plan with {@code header})
     * would do. {@code institutionNames} names every institution id in the draft, placeholders included.
     */
    @Transactional(readOnly = true)
    public ImportComparison compare(Long planId, PlanCommand header, PlanDraft draft, Function<Long, String> institutionNames) {
        return new Matching(planId, header, draft, institutionNames).comparison();
    }

    /** Imports the draft; refuses (and saves nothing) if {@link #compare} would report any problem. */
    @Transactional
    public ImportOutcome apply(Long planId, PlanCommand header, PlanDraft draft, boolean removeMissing) {
        var directory = institutions.directory();
        Function<Long, String> names = directory::nameOf;
        var matching = new Matching(planId, header, draft, names);
        var comparison = matching.comparison();
        if (!comparison.canApply()) {
            throw new UserFacingException("plan.import.has-problems", comparison.problems().size());
        }
        var records = new ArrayList<AuditRecord>();
        ActionPlan plan;
        if (planId == null) {
            plan = plans.save(ActionPlan.create(header, false, LocalDateTime.now(clock))
                    .belongingTo(editing.participantForNewPlan()));
            records.add(new AuditRecord(AuditAction.IMPORTED, PlanEditing.PLAN, plan.id(), plan.title(), plan.id(), null,
                    plan.auditState()));
            areaLists.createDefaults(plan.id());
        } else {
            plan = matching.plan;
        }
        long planKey = plan.id();
        // the areas the officer chose to add, before the objectives that are in them
        var addedAreas = new HashMap<String, String>();
        for (var area : draft.newAreas()) {
            var existing = areaLists.of(planKey).stream().filter(a -> a.isCalled(area.name())).findFirst();
            addedAreas.put(area.placeholder(),
                    existing.orElseGet(() -> areaLists.add(planKey, area.name(), area.nameSq())).code());
        }
        // one level of the tree at a time, so that new elements of a level are inserted in one batch
        var strategic = new Level<StrategicObjective>(PlanEditing.STRATEGIC, strategicObjectives::saveAll,
                strategicObjectives::save, StrategicObjective::auditState, records);
        var soEntities = new ArrayList<java.util.function.Supplier<StrategicObjective>>();
        int position = 0;
        for (var so : matching.objectives) {
            soEntities.add(strategic.put(so.existing() == null ? null : strategicObjectives.findById(so.existing().id()).orElseThrow(),
                    () -> StrategicObjective.create(planKey, inArea(so.command(), addedAreas), 0),
                    e -> e.apply(inArea(so.command(), addedAreas)), ++position));
        }
        strategic.flush();
        var specific = new Level<SpecificObjective>(PlanEditing.SPECIFIC, specificObjectives::saveAll,
                specificObjectives::save, SpecificObjective::auditState, records);
        var spEntities = new ArrayList<java.util.function.Supplier<SpecificObjective>>();
        var spMatches = new ArrayList<MatchedSpecific>();
        for (int i = 0; i < matching.objectives.size(); i++) {
            var parent = soEntities.get(i).get();
            position = 0;
            for (var sp : matching.objectives.get(i).children()) {
                spMatches.add(sp);
                spEntities.add(specific.put(sp.existing() == null ? null : specificObjectives.findById(sp.existing().id()).orElseThrow(),
                        () -> SpecificObjective.create(parent, sp.command(), 0), e -> e.apply(parent, sp.command()), ++position));
            }
        }
        specific.flush();
        var activity = new Level<Activity>(PlanEditing.ACTIVITY, activities::saveAll, activities::save,
                e -> e.auditState(names), records);
        var aEntities = new ArrayList<java.util.function.Supplier<Activity>>();
        var aMatches = new ArrayList<MatchedActivity>();
        for (int i = 0; i < spMatches.size(); i++) {
            var parent = spEntities.get(i).get();
            position = 0;
            for (var a : spMatches.get(i).children()) {
                aMatches.add(a);
                aEntities.add(activity.put(a.existing() == null ? null : activities.findById(a.existing().id()).orElseThrow(),
                        () -> Activity.create(parent, plan, a.command(), 0), e -> e.apply(parent, plan, a.command()), ++position));
            }
        }
        activity.flush();
        var indicator = new Level<Indicator>(PlanEditing.INDICATOR, indicators::saveAll, indicators::save,
                e -> e.auditState(names), records);
        for (int i = 0; i < matching.objectives.size(); i++) {
            putIndicators(indicator, matching.objectives.get(i).indicators(),
                    IndicatorOwner.strategicObjective(soEntities.get(i).get().id()), plan);
        }
        for (int i = 0; i < spMatches.size(); i++) {
            putIndicators(indicator, spMatches.get(i).indicators(),
                    IndicatorOwner.specificObjective(spEntities.get(i).get().id()), plan);
        }
        for (int i = 0; i < aMatches.size(); i++) {
            putIndicators(indicator, aMatches.get(i).indicators(), IndicatorOwner.activity(aEntities.get(i).get().id()), plan);
        }
        indicator.flush();
        trail.recordAll(records);
        long removed = removeMissing ? removeMissing(comparison, matching) : 0;
        return new ImportOutcome(planKey, comparison.count(ChangeKind.NEW), comparison.count(ChangeKind.CHANGED), removed);
    }

    private void putIndicators(Level<Indicator> level, List<MatchedIndicator> drafts, IndicatorOwner owner, ActionPlan plan) {
        int position = 0;
        for (var draft : drafts) {
            var existing = draft.existing() == null ? null : indicators.findById(draft.existing().id()).orElseThrow();
            level.put(existing, () -> Indicator.create(owner, plan, draft.command(), 0), e -> e.apply(plan, draft.command()),
                    ++position);
        }
    }

    /**
     * The elements of one level of the tree: new ones are kept and inserted together by {@link #flush}, changed ones
     * are saved at once; each change is written to the trail. {@link #put} returns how to get the saved element.
     */
    private static final class Level<E extends PlanElement> {

        private final String entityType;
        private final Function<List<E>, List<E>> saveAll;
        private final Function<E, E> save;
        private final Function<E, Map<String, Object>> snapshot;
        private final List<AuditRecord> records;
        private final List<E> created = new ArrayList<>();
        private List<E> saved = List.of();

        Level(String entityType, Function<List<E>, List<E>> saveAll, Function<E, E> save,
                Function<E, Map<String, Object>> snapshot, List<AuditRecord> records) {
            this.entityType = entityType;
            this.saveAll = saveAll;
            this.save = save;
            this.snapshot = snapshot;
            this.records = records;
        }

        java.util.function.Supplier<E> put(E existing, java.util.function.Supplier<E> creator,
                java.util.function.Consumer<E> updater, int position) {
            if (existing == null) {
                var element = creator.get();
                element.moveTo(position);
                int index = created.size();
                created.add(element);
                return () -> saved.get(index);
            }
            var before = snapshot.apply(existing);
            int oldPosition = existing.position();
            updater.accept(existing);
            var after = snapshot.apply(existing);
            if (before.equals(after) && oldPosition == position) {
                return () -> existing;
            }
            existing.moveTo(position);
            var result = save.apply(existing);
            if (!before.equals(after)) {
                records.add(AuditRecord.updated(entityType, result.id(), result.label(), result.planId(), before, after));
            } else {
                records.add(new AuditRecord(AuditAction.MOVED, entityType, result.id(), result.label(), result.planId(),
                        Map.of("position", oldPosition), Map.of("position", position)));
            }
            return () -> result;
        }

        void flush() {
            saved = created.isEmpty() ? List.of() : List.copyOf(saveAll.apply(created));
            for (var element : saved) {
                records.add(new AuditRecord(AuditAction.IMPORTED, entityType, element.id(), element.label(),
                        element.planId(), null, snapshot.apply(element)));
            }
        }
    }

    private long removeMissing(ImportComparison comparison, Matching matching) {
        long removed = 0;
        // indicators first, then activities, then objectives: deleting a parent takes its children along
        for (var id : matching.missingIndicators) {
            if (indicators.existsById(id)) {
                editing.deleteIndicator(id);
                removed++;
            }
        }
        for (var id : matching.missingActivities) {
            if (activities.existsById(id)) {
                editing.deleteActivity(id);
                removed++;
            }
        }
        for (var id : matching.missingSpecific) {
            if (specificObjectives.existsById(id)) {
                editing.deleteSpecificObjective(id);
                removed++;
            }
        }
        for (var id : matching.missingStrategic) {
            if (strategicObjectives.existsById(id)) {
                editing.deleteStrategicObjective(id);
                removed++;
            }
        }
        return removed;
    }

    /** Draft elements with the command each would be saved with and the plan element it matches, if any. */
    private record MatchedIndicator(IndicatorCommand command, IndicatorView existing) {
    }

    private record MatchedActivity(ActivityCommand command, ActivityView existing, List<MatchedIndicator> indicators) {
    }

    private record MatchedSpecific(SpecificObjectiveCommand command, SpecificObjectiveNode existing,
            List<MatchedIndicator> indicators, List<MatchedActivity> children) {
    }

    private record MatchedStrategic(StrategicObjectiveCommand command, StrategicObjectiveNode existing,
            List<MatchedIndicator> indicators, List<MatchedSpecific> children) {
    }

    /** Pairs draft elements with plan elements, checks every rule, and lists what would change. */
    /** The command with the code of the area created for it, where it named a new area by its placeholder. */
    private static StrategicObjectiveCommand inArea(StrategicObjectiveCommand command, Map<String, String> added) {
        var code = command.thematicArea();
        if (code == null || !added.containsKey(code)) {
            return command;
        }
        return new StrategicObjectiveCommand(command.code(), command.title(), command.description(), added.get(code));
    }

    private final class Matching {

        final ActionPlan plan;
        final Set<PlanField> fields;
        final Function<Long, String> names;
        final List<Problem> problems = new ArrayList<>();
        final List<ElementChange> changes = new ArrayList<>();
        final List<MatchedStrategic> objectives = new ArrayList<>();
        final List<Long> missingStrategic = new ArrayList<>();
        final List<Long> missingSpecific = new ArrayList<>();
        final List<Long> missingActivities = new ArrayList<>();
        final List<Long> missingIndicators = new ArrayList<>();

        final Set<String> areaCodes = new HashSet<>();

        Matching(Long planId, PlanCommand header, PlanDraft draft, Function<Long, String> names) {
            this.fields = draft.fields();
            if (planId == null) {
                java.util.Arrays.stream(ThematicArea.values()).forEach(area -> areaCodes.add(area.name()));
            } else {
                areaCodes.addAll(areaLists.codes(planId));
            }
            draft.newAreas().forEach(area -> areaCodes.add(area.placeholder()));
            this.names = id -> id == null ? null : names.apply(id);
            PlanTree existing;
            if (planId == null) {
                plan = newPlan(header);
                existing = null;
            } else {
                plan = plans.findById(planId).orElseThrow(() -> NotFoundException.of(PlanEditing.PLAN, planId));
                existing = reader.tree(planId);
            }
            if (plan != null) {
                match(draft, existing);
            }
        }

        private ActionPlan newPlan(PlanCommand header) {
            for (var violation : validator.validate(header)) {
                problems.add(new Problem(0, null, resolvable(violation)));
            }
            if (!problems.isEmpty()) {
                return null;
            }
            try {
                return ActionPlan.create(header, false, LocalDateTime.now(clock));
            } catch (UserFacingException refused) {
                problems.add(new Problem(0, null, resolvable(refused)));
                return null;
            }
        }

        ImportComparison comparison() {
            return new ImportComparison(List.copyOf(problems), List.copyOf(changes));
        }

        private void match(PlanDraft draft, PlanTree existing) {
            var existingStrategic = new LinkedHashMap<String, StrategicObjectiveNode>();
            var existingSpecific = new LinkedHashMap<String, SpecificObjectiveNode>();
            var existingActivities = new LinkedHashMap<String, ActivityView>();
            if (existing != null) {
                existing.objectives().forEach(o -> existingStrategic.put(o.code(), o));
                existing.specificObjectives().forEach(o -> existingSpecific.put(o.code(), o));
                existing.activities().forEach(a -> existingActivities.put(a.code(), a));
            }
            var seenCodes = new HashMap<String, Integer>();
            var usedStrategic = new HashSet<String>();
            var usedSpecific = new HashSet<String>();
            var usedActivities = new HashSet<String>();
            for (var so : draft.objectives()) {
                var code = PlanCode.canonical(so.objective().code());
                var match = existingStrategic.get(code);
                usedStrategic.add(code);
                checkUnique(code, so.row(), seenCodes);
                var command = match == null ? so.objective() : new StrategicObjectiveCommand(so.objective().code(),
                        so.objective().title(), match.description(),
                        fields.contains(PlanField.THEMATIC_AREA) ? so.objective().thematicArea() : match.thematicArea());
                var entity = new StrategicObjective();
                var ok = check(so.row(), command, () -> {
                    if (command.thematicArea() != null && !areaCodes.contains(command.thematicArea())) {
                        throw PlanException.unknownArea(command.thematicArea());
                    }
                    entity.apply(command);
                });
                var matched = new MatchedStrategic(command, match, new ArrayList<>(), new ArrayList<>());
                objectives.add(matched);
                if (ok) {
                    record(ElementKind.STRATEGIC_OBJECTIVE, so.row(), entity.label(), entity::auditState, match == null ? null
                            : () -> snapshotOf(new StrategicObjective(), e -> e.apply(match.toCommand()), StrategicObjective::auditState));
                }
                matchIndicators(so.indicators(), match == null ? List.of() : match.indicators(), matched.indicators(),
                        entity.label());
                for (var sp : so.specificObjectives()) {
                    var spCode = PlanCode.canonical(sp.objective().code());
                    var spMatch = existingSpecific.get(spCode);
                    usedSpecific.add(spCode);
                    checkUnique(spCode, sp.row(), seenCodes);
                    var spCommand = spMatch == null ? sp.objective()
                            : new SpecificObjectiveCommand(sp.objective().code(), sp.objective().title(), spMatch.description());
                    var spEntity = new SpecificObjective();
                    var spOk = ok && check(sp.row(), spCommand, () -> spEntity.apply(entity, spCommand));
                    var spMatched = new MatchedSpecific(spCommand, spMatch, new ArrayList<>(), new ArrayList<>());
                    matched.children().add(spMatched);
                    if (spOk) {
                        record(ElementKind.SPECIFIC_OBJECTIVE, sp.row(), spEntity.label(), spEntity::auditState,
                                spMatch == null ? null : () -> snapshotOf(new SpecificObjective(),
                                        e -> e.apply(entity, spMatch.toCommand()), SpecificObjective::auditState));
                    }
                    matchIndicators(sp.indicators(), spMatch == null ? List.of() : spMatch.indicators(),
                            spMatched.indicators(), spEntity.label());
                    for (var a : sp.activities()) {
                        var aCode = PlanCode.canonical(a.activity().code());
                        var aMatch = existingActivities.get(aCode);
                        usedActivities.add(aCode);
                        checkUnique(aCode, a.row(), seenCodes);
                        var aCommand = aMatch == null ? a.activity() : overlay(aMatch.toCommand(), a.activity());
                        var aEntity = new Activity();
                        var aOk = spOk && check(a.row(), aCommand, () -> aEntity.apply(spEntity, plan, aCommand));
                        var aMatched = new MatchedActivity(aCommand, aMatch, new ArrayList<>());
                        spMatched.children().add(aMatched);
                        if (aOk) {
                            record(ElementKind.ACTIVITY, a.row(), aEntity.label(), () -> aEntity.auditState(names),
                                    aMatch == null ? null : () -> snapshotOf(new Activity(),
                                            e -> e.apply(spEntity, plan, aMatch.toCommand()), e -> e.auditState(names)));
                        }
                        matchIndicators(a.indicators(), aMatch == null ? List.of() : aMatch.indicators(),
                                aMatched.indicators(), aEntity.label());
                    }
                }
            }
            // what the plan has and the file does not
            existingStrategic.forEach((code, o) -> {
                if (!usedStrategic.contains(code)) {
                    missingStrategic.add(o.id());
                    changes.add(new ElementChange(ChangeKind.NOT_IN_FILE, ElementKind.STRATEGIC_OBJECTIVE,
                            o.code() + " " + o.title(), 0, List.of()));
                }
            });
            existingSpecific.forEach((code, o) -> {
                if (!usedSpecific.contains(code)) {
                    missingSpecific.add(o.id());
                    changes.add(new ElementChange(ChangeKind.NOT_IN_FILE, ElementKind.SPECIFIC_OBJECTIVE,
                            o.code() + " " + o.title(), 0, List.of()));
                }
            });
            existingActivities.forEach((code, a) -> {
                if (!usedActivities.contains(code)) {
                    missingActivities.add(a.id());
                    changes.add(new ElementChange(ChangeKind.NOT_IN_FILE, ElementKind.ACTIVITY,
                            a.code() + " " + a.title(), 0, List.of()));
                }
            });
        }

        private void matchIndicators(List<IndicatorDraft> drafts, List<IndicatorView> existing,
                List<MatchedIndicator> target, String ownerLabel) {
            if (!fields.contains(PlanField.INDICATORS)) {
                return;
            }
            var remaining = new ArrayList<>(existing);
            for (var draft : drafts) {
                var key = NameKey.of(draft.indicator().name());
                var match = remaining.stream().filter(i -> NameKey.of(i.name()).equals(key)).findFirst().orElse(null);
                if (match != null) {
                    remaining.remove(match);
                }
                var command = match == null ? draft.indicator() : overlay(match.toCommand(), draft.indicator());
                var entity = new Indicator();
                var ok = check(draft.row(), command, () -> entity.apply(plan, command));
                target.add(new MatchedIndicator(command, match));
                if (ok) {
                    record(ElementKind.INDICATOR, draft.row(), ownerLabel + ": " + command.name(), () -> entity.auditState(names),
                            match == null ? null : () -> snapshotOf(new Indicator(), e -> e.apply(plan, match.toCommand()),
                                    e -> e.auditState(names)));
                }
            }
            for (var gone : remaining) {
                missingIndicators.add(gone.id());
                changes.add(new ElementChange(ChangeKind.NOT_IN_FILE, ElementKind.INDICATOR, ownerLabel + ": " + gone.name(),
                        0, List.of()));
            }
        }

        private void record(ElementKind kind, int row, String label, java.util.function.Supplier<Map<String, Object>> after,
                java.util.function.Supplier<Map<String, Object>> before) {
            if (before == null) {
                changes.add(new ElementChange(ChangeKind.NEW, kind, label, row, List.of()));
                return;
            }
            Map<String, Object> old;
            try {
                old = before.get();
            } catch (UserFacingException stale) {
                // the saved element no longer satisfies today's rules; the import will rewrite it
                changes.add(new ElementChange(ChangeKind.CHANGED, kind, label, row, List.of()));
                return;
            }
            var now = after.get();
            var changed = now.keySet().stream().filter(field -> !Objects.equals(now.get(field), old.get(field))).toList();
            changes.add(new ElementChange(changed.isEmpty() ? ChangeKind.UNCHANGED : ChangeKind.CHANGED, kind, label, row,
                    changed));
        }

        private void checkUnique(String code, int row, Map<String, Integer> seen) {
            var first = seen.putIfAbsent(code, row);
            if (first != null) {
                problems.add(new Problem(row, PlanField.CODE,
                        new DefaultMessageSourceResolvable(new String[] {"plan.import.duplicate-code"},
                                new Object[] {code, String.valueOf(first)}, code)));
            }
        }

        /** Validates a command and applies it to a throw-away entity; problems are collected, not thrown. */
        private boolean check(int row, Object command, Runnable apply) {
            var violations = validator.validate(command);
            for (var violation : violations) {
                problems.add(new Problem(row, fieldOf(violation.getPropertyPath().toString()), resolvable(violation)));
            }
            if (!violations.isEmpty()) {
                return false;
            }
            try {
                apply.run();
                return true;
            } catch (UserFacingException refused) {
                problems.add(new Problem(row, fieldOf(refused), resolvable(refused)));
                return false;
            }
        }

        private ActivityCommand overlay(ActivityCommand existing, ActivityCommand file) {
            return new ActivityCommand(file.code(), file.title(),
                    pick(PlanField.DESCRIPTION, file.description(), existing.description()),
                    pick(PlanField.EXPECTED_RESULT, file.expectedResult(), existing.expectedResult()),
                    pick(PlanField.LEAD_INSTITUTION, file.leadInstitutionId(), existing.leadInstitutionId()),
                    pick(PlanField.SUPPORTING_INSTITUTIONS, file.supportingInstitutionIds(), existing.supportingInstitutionIds()),
                    pick(PlanField.RESPONSIBLE_PERSON, file.responsiblePerson(), existing.responsiblePerson()),
                    pick(PlanField.TIMELINE, file.startDate(), existing.startDate()),
                    pick(PlanField.TIMELINE, file.endDate(), existing.endDate()),
                    pick(PlanField.TIMELINE, file.continuous(), existing.continuous()),
                    pick(PlanField.FREQUENCY, file.frequency(), existing.frequency()),
                    pick(PlanField.MEANS_OF_VERIFICATION, file.meansOfVerification(), existing.meansOfVerification()),
                    pick(PlanField.ASSUMPTIONS, file.assumptions(), existing.assumptions()),
                    pick(PlanField.RISKS, file.risks(), existing.risks()),
                    existing.status(),
                    pick(PlanField.BUDGET, file.budgetLines(), existing.budgetLines()),
                    // the workbook does not carry the account: an import keeps the one the office named
                    existing.responsibleUsername());
        }

        private IndicatorCommand overlay(IndicatorCommand existing, IndicatorCommand file) {
            return new IndicatorCommand(file.name(),
                    pick(PlanField.RESULT_LEVEL, file.resultLevel(), existing.resultLevel()),
                    pick(PlanField.INDICATOR_TYPE, file.type(), existing.type()),
                    pick(PlanField.UNIT, file.unit(), existing.unit()),
                    pick(PlanField.DIRECTION, file.direction(), existing.direction()),
                    existing.numerator(), existing.denominator(), existing.scaleMin(), existing.scaleMax(),
                    pick(PlanField.BASELINE, file.baselineValue(), existing.baselineValue()),
                    pick(PlanField.BASELINE_YEAR, file.baselineYear(), existing.baselineYear()),
                    pick(PlanField.BASELINE_SOURCE, file.baselineSource(), existing.baselineSource()),
                    pick(PlanField.TARGET, file.targetValue(), existing.targetValue()),
                    pick(PlanField.TARGET_YEAR, file.targetYear(), existing.targetYear()),
                    pick(PlanField.YEAR_TARGETS, file.yearTargets(), existing.yearTargets()),
                    pick(PlanField.DISAGGREGATION, file.disaggregations(), existing.disaggregations()),
                    pick(PlanField.DATA_SOURCE, file.dataSource(), existing.dataSource()),
                    existing.meansOfVerification(), existing.frequency(), existing.responsibleInstitutionId(),
                    pick(PlanField.AGGREGATION, file.aggregation(), existing.aggregation()));
        }

        private <T> T pick(PlanField field, T fromFile, T existing) {
            return fields.contains(field) ? fromFile : existing;
        }
    }

    private static <E> Map<String, Object> snapshotOf(E entity, java.util.function.Consumer<E> apply,
            Function<E, Map<String, Object>> snapshot) {
        apply.accept(entity);
        return snapshot.apply(entity);
    }

    private static MessageSourceResolvable resolvable(ConstraintViolation<?> violation) {
        return new DefaultMessageSourceResolvable(null, null, violation.getMessage());
    }

    private static MessageSourceResolvable resolvable(UserFacingException refused) {
        return new DefaultMessageSourceResolvable(new String[] {refused.messageKey()}, refused.arguments(),
                refused.messageKey());
    }

    /** Which field of the file a refusal is about, so the preview can point at the column. */
    private static PlanField fieldOf(UserFacingException refused) {
        var key = refused.messageKey();
        var args = refused.arguments();
        if (key.endsWith("bad-code") || key.endsWith("duplicate-code")) {
            return PlanField.CODE;
        }
        if (key.endsWith("end-before-start")) {
            return PlanField.TIMELINE;
        }
        if (key.endsWith("budget-without-amount") || key.endsWith("negative-amount")) {
            return PlanField.BUDGET;
        }
        if (key.endsWith("duplicate-target-year") || key.endsWith("year-outside-plan")) {
            return PlanField.YEAR_TARGETS;
        }
        if (key.endsWith("scale-reversed")) {
            return PlanField.INDICATOR_TYPE;
        }
        if (args.length > 0 && args[0] instanceof MessageSourceResolvable which && which.getCodes() != null) {
            return which.getCodes()[0].endsWith("baseline") ? PlanField.BASELINE : PlanField.TARGET;
        }
        return null;
    }

    private static PlanField fieldOf(String propertyPath) {
        var path = propertyPath.toLowerCase(java.util.Locale.ROOT);
        if (path.startsWith("budgetlines")) {
            return PlanField.BUDGET;
        }
        if (path.startsWith("yeartargets")) {
            return PlanField.YEAR_TARGETS;
        }
        return switch (propertyPath) {
            case "code" -> PlanField.CODE;
            case "title", "name" -> PlanField.TITLE;
            case "thematicArea" -> PlanField.THEMATIC_AREA;
            case "description" -> PlanField.DESCRIPTION;
            case "expectedResult" -> PlanField.EXPECTED_RESULT;
            case "responsiblePerson" -> PlanField.RESPONSIBLE_PERSON;
            case "meansOfVerification" -> PlanField.MEANS_OF_VERIFICATION;
            case "assumptions" -> PlanField.ASSUMPTIONS;
            case "risks" -> PlanField.RISKS;
            case "unit" -> PlanField.UNIT;
            case "baselineValue" -> PlanField.BASELINE;
            case "baselineYear" -> PlanField.BASELINE_YEAR;
            case "baselineSource" -> PlanField.BASELINE_SOURCE;
            case "targetValue" -> PlanField.TARGET;
            case "targetYear" -> PlanField.TARGET_YEAR;
            case "dataSource" -> PlanField.DATA_SOURCE;
            default -> null;
        };
    }
}
