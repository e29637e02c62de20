package org.ariadne.dashboards;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

import org.ariadne.common.CacheSettings;
import org.ariadne.plan.PlanChanged;
import org.ariadne.plan.PlanTree;
import org.ariadne.progress.PlanProgress;
import org.ariadne.progress.ProgressOverview;
import org.ariadne.reporting.AcceptedTotalsRecounted;
import org.ariadne.reporting.ProgressReportAccepted;
import org.ariadne.reporting.ProgressReportReopened;
import org.ariadne.reporting.ProgressReportReturned;
import org.ariadne.reporting.ProgressReportSubmitted;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The plans' progress as last computed, so that a dashboard costs one read of the plan tree instead of adding up
 * every value reported on the plan again (with a million values that takes seconds, see DashboardBenchmark).
 * <p>
 * A plan's snapshots go when anything they were computed from changes: a report of the plan accepted or reopened,
 * or the plan itself (a target, an activity, a status), or the plan's accepted totals put right by a recount; a report submitted or returned changes only the figures
 * that count submitted values (which the office may ask for).
 * The cache is keyed by plan so that each event evicts exactly the plan it concerns, with one key that a shared
 * cache or a message to the other servers could carry as well; the cache's expiry is the safety net for a server
 * that missed an event.
 * <p>
 * However many people open a dashboard while its figures are being recomputed (on a deadline day, right after each
 * acceptance), the figures are computed once and the others wait for them.
 */
@Component
class ProgressSnapshots {

    private final PlanProgress progress;
    private final Cache plans;

    ProgressSnapshots(PlanProgress progress, CacheManager caches) {
        this.progress = progress;
        this.plans = Objects.requireNonNull(caches.getCache(CacheSettings.PLAN_PROGRESS));
    }

    private record Key(int year, boolean includeSubmitted) {
    }

    /**
     * The snapshots of one plan. An evicted plan's snapshots are dropped with it: a computation still running for
     * them finishes for the reader who asked, and the next reader starts from a new, empty set. Those that count
     * submitted reports are kept apart, as a submission or a return changes them alone: on a deadline day the
     * figures of accepted reports stay computed while reports come in.
     */
    private static final class PlanSnapshots {

        private final ConcurrentMap<Key, ProgressOverview> accepted = new ConcurrentHashMap<>();
        private final AtomicReference<ConcurrentMap<Key, ProgressOverview>> withSubmitted =
                new AtomicReference<>(new ConcurrentHashMap<>());

        ConcurrentMap<Key, ProgressOverview> of(Key key) {
            return key.includeSubmitted() ? withSubmitted.get() : accepted;
        }
    }

    /**
     * The plan's progress in a year. {@code includeSubmitted} must already be what the reader is allowed: the
     * snapshot is shared by every reader who would get the same figures.
     */
    ProgressOverview overview(PlanTree tree, int year, boolean includeSubmitted) {
        long planId = tree.plan().id();
        var snapshots = plans.get(planId, PlanSnapshots::new);
        // computeIfAbsent runs the computation once; concurrent readers of the same year and filter wait for it
        var key = new Key(year, includeSubmitted);
        return snapshots.of(key).computeIfAbsent(key, k -> progress.overview(planId, year, includeSubmitted));
    }

    /** Values of the plan have changed: its snapshots are out of date once the change is committed. */
    void changed(long planId) {
        plans.evict(planId);
    }

    /** Submitted values of the plan have changed: only the figures that count them are out of date. */
    void submittedChanged(long planId) {
        var snapshots = plans.get(planId, PlanSnapshots.class);
        if (snapshots != null) {
            // a computation still running writes into the set it started from, which is dropped here
            snapshots.withSubmitted.set(new ConcurrentHashMap<>());
        }
    }

    /**
     * Synchronous, in the transaction that changed the plan: the eviction then takes effect with its commit, so the
     * officer who changed a target sees the new figure on the next page.
     */
    @EventListener
    void on(PlanChanged event) {
        changed(event.planId());
    }

    /** Synchronous as well: the administrator who recounted sees the repaired figures on the next page. */
    @EventListener
    void on(AcceptedTotalsRecounted event) {
        changed(event.planId());
    }

    @ApplicationModuleListener
    void on(ProgressReportAccepted event) {
        changed(event.planId());
    }

    @ApplicationModuleListener
    void on(ProgressReportReopened event) {
        changed(event.planId());
    }

    @ApplicationModuleListener
    void on(ProgressReportSubmitted event) {
        submittedChanged(event.planId());
    }

    @ApplicationModuleListener
    void on(ProgressReportReturned event) {
        submittedChanged(event.planId());
    }
}
