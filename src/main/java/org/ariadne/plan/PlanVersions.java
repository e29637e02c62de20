package org.ariadne.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.institutions.Institutions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versions of an action plan and their mid-term revisions. Version 1 is the plan as adopted: it is frozen when
 * the first revision begins. During a revision the office edits the live plan (activities added, changed, or
 * dropped: never deleted, so that their reports stay) and the coordinator adopts it as the next version, giving a
 * reason for each change of the computed list ({@link VersionComparison}), the date from which it is in force and
 * the Ministry of Finance's opinion. Reasons are collected at adoption, from the list of differences, rather than at
 * each edit: the plan's ordinary forms stay as they are, and an edit undone before adoption needs no reason.
 * Everyone signed in reads versions, as they read the plan.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class PlanVersions {

    static final int REASON_LENGTH = 2000;

    private final PlanVersionRepository versions;
    private final VersionTrees trees;
    private final PlanReader reader;
    private final ActionPlans plans;
    private final Activities activities;
    private final Institutions institutions;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final JdbcClient jdbc;
    private final Clock clock;

    PlanVersions(PlanVersionRepository versions, VersionTrees trees, PlanReader reader, ActionPlans plans,
            Activities activities, Institutions institutions, AuditTrail trail, AuditHistory history, JdbcClient jdbc,
            Clock clock) {
        this.versions = versions;
        this.trees = trees;
        this.reader = reader;
        this.plans = plans;
        this.activities = activities;
        this.institutions = institutions;
        this.trail = trail;
        this.history = history;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The plan's versions, oldest first; empty for a plan never revised (it is its own version 1). */
    public List<PlanVersionView> list(long planId) {
        header(planId);
        return versions.findByPlanIdOrderByNumber(planId).stream().map(PlanVersion::view).toList();
    }

    public Optional<PlanVersionView> revision(long planId) {
        return trees.revision(planId).map(PlanVersion::view);
    }

    public PlanVersionView version(long planId, int number) {
        return find(planId, number).view();
    }

    /**
     * The tree of a version: as adopted, or for the revision in progress the live plan as it stands (without the
     * activities it drops). A plan never revised has version 1 only: the live plan.
     */
    public PlanTree tree(long planId, int number) {
        var live = reader.tree(planId);
        if (number == 1 && versions.findByPlanIdOrderByNumber(planId).isEmpty()) {
            return VersionTrees.withoutDropped(live);
        }
        var version = find(planId, number);
        return version.status() == PlanVersionStatus.ADOPTED ? trees.read(version.tree())
                : VersionTrees.withoutDropped(live);
    }

    /** What changed from version {@code from} to version {@code to}, each change with the reason given for it. */
    public List<VersionChange.Explained> compare(long planId, int from, int to) {
        var directory = institutions.directory();
        var changes = VersionComparison.compare(tree(planId, from), tree(planId, to),
                id -> directory.nameOf(id));
        var reasons = new HashMap<String, String>();
        // the reasons of every version after the older one, the latest winning
        for (var version : versions.findByPlanIdOrderByNumber(planId)) {
            if (version.number() > Math.min(from, to) && version.number() <= Math.max(from, to)) {
                reasons.putAll(reasons(version.id()));
            }
        }
        return changes.stream().map(change -> change.explained(reasons.get(change.key()))).toList();
    }

    /** The changes the open revision makes to the last adopted version: what its adoption asks reasons for. */
    public List<VersionChange> pendingChanges(long planId) {
        var revision = trees.revision(planId).orElseThrow(PlanException::noRevision);
        var directory = institutions.directory();
        return VersionComparison.compare(tree(planId, revision.number() - 1), tree(planId, revision.number()),
                id -> directory.nameOf(id));
    }

    /**
     * Opens a revision: freezes the plan as it stands as version 1 when it has no version yet, and opens the next
     * version, which the live plan now drafts.
     */
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR')")
    @Transactional
    public int startRevision(long planId) {
        var plan = plans.findById(planId).orElseThrow(() -> NotFoundException.of(PlanEditing.PLAN, planId));
        if (plan.status() != PlanStatus.ADOPTED) {
            throw PlanException.revisionNeedsAdoptedPlan(plan.title());
        }
        var all = versions.findByPlanIdOrderByNumber(planId);
        var open = all.stream().filter(v -> v.status() == PlanVersionStatus.IN_REVISION).findFirst();
        if (open.isPresent()) {
            throw PlanException.revisionInProgress(open.get().number());
        }
        if (all.isEmpty()) {
            var first = versions.save(PlanVersion.first(planId, plan.startYear(), trees.write(reader.tree(planId)),
                    actor(), now()));
            trail.recordCreated(first);
            all = List.of(first);
        }
        var revision = versions.save(PlanVersion.revision(planId, all.get(all.size() - 1).number() + 1, actor(), now()));
        trail.recordCreated(revision);
        return revision.number();
    }

    /** Drops an activity in the open revision: it stays with its reports, and leaves the plan from this version. */
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR')")
    @Transactional
    public void drop(long activityId) {
        setDropped(activityId, true);
    }

    /** Takes an activity dropped in the open revision back into the plan. */
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR')")
    @Transactional
    public void restore(long activityId) {
        setDropped(activityId, false);
    }

    private void setDropped(long activityId, boolean dropped) {
        var activity = activities.findById(activityId)
                .orElseThrow(() -> NotFoundException.of(PlanEditing.ACTIVITY, activityId));
        trees.revision(activity.planId()).orElseThrow(PlanException::noRevision);
        if (activity.dropped() == dropped) {
            throw dropped ? PlanException.alreadyDropped(activity.code()) : PlanException.notDropped(activity.code());
        }
        var directory = institutions.directory();
        var before = activity.audited(directory::nameOf);
        activity.markDropped(dropped);
        var saved = activities.save(activity);
        trail.recordChange(before, saved.audited(directory::nameOf));
    }

    /**
     * Adopts the open revision as the next version. Every change of {@link #pendingChanges} needs its reason; the
     * changes must still be the ones the coordinator saw ({@code expectedVersion} of the revision, and the same list
     * of changes): otherwise a {@link ConflictException} or a refusal says the plan moved on.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void adopt(long planId, int expectedVersion, AdoptionCommand command) {
        var revision = trees.revision(planId).orElseThrow(PlanException::noRevision);
        if (revision.view().version() != expectedVersion) {
            var last = history.lastChange(PlanVersion.AUDIT_TYPE, revision.id());
            throw ConflictException.of("plan.version.conflict", revision.view().version(),
                    last.map(e -> e.actor()).orElse(null), last.map(e -> e.occurredAt()).orElse(null));
        }
        var plan = plans.findById(planId).orElseThrow(() -> NotFoundException.of(PlanEditing.PLAN, planId));
        var refusals = new ArrayList<PlanException>();
        var changes = pendingChanges(planId);
        if (changes.isEmpty()) {
            refusals.add(PlanException.nothingChanged());
        }
        var keys = changes.stream().map(VersionChange::key).toList();
        if (command.reasons().keySet().stream().anyMatch(key -> !keys.contains(key))) {
            // a reason for a change that no longer exists: the plan changed after the page was opened
            throw PlanException.changesMoved();
        }
        var effective = command.effectiveFrom();
        if (effective != null && (effective.getYear() < plan.startYear() || effective.getYear() > plan.endYear())) {
            refusals.add(PlanException.effectiveOutsidePlan(effective, plan.startYear(), plan.endYear()));
        }
        for (var change : changes) {
            var reason = command.reason(change.key());
            if (reason == null || reason.isEmpty()) {
                refusals.add(PlanException.reasonMissing(change.code(), change.label()));
            } else if (reason.length() > REASON_LENGTH) {
                refusals.add(PlanException.reasonTooLong(change.code(), change.label()));
            }
        }
        if (!refusals.isEmpty()) {
            throw PlanException.all(refusals);
        }
        var previous = versions.findByPlanIdOrderByNumber(planId).stream()
                .filter(v -> v.status() == PlanVersionStatus.ADOPTED).reduce((a, b) -> b)
                .map(PlanVersion::effectiveFrom).orElse(null);
        var before = revision.snapshot();
        revision.adopt(trees.write(reader.tree(planId)), command, previous, actor(), now());
        var saved = versions.save(revision);
        for (var change : changes) {
            jdbc.sql("insert into plan_version_reason (plan_version_id, change_key, reason) values (?, ?, ?)")
                    .params(saved.id(), change.key(), command.reason(change.key())).update();
        }
        trail.recordChange(before, saved.with("reasons", reasonLines(changes, command)));
    }

    private static List<String> reasonLines(List<VersionChange> changes, AdoptionCommand command) {
        return changes.stream().map(change -> change.key() + ": " + command.reason(change.key())).toList();
    }

    private Map<String, String> reasons(long versionId) {
        var result = new HashMap<String, String>();
        jdbc.sql("select change_key, reason from plan_version_reason where plan_version_id = ?").param(versionId)
                .query(row -> {
                    result.put(row.getString(1), row.getString(2));
                });
        return result;
    }

    private PlanVersion find(long planId, int number) {
        return versions.findByPlanIdAndNumber(planId, number)
                .orElseThrow(() -> NotFoundException.of("plan-version", number));
    }

    private PlanHeader header(long planId) {
        return reader.header(planId).orElseThrow(() -> NotFoundException.of(PlanEditing.PLAN, planId));
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    static LocalDate yearStart(int year) {
        return LocalDate.of(year, 1, 1);
    }
}
