package org.ariadne.dashboards;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.ariadne.plan.PlanTree;
import org.ariadne.progress.PlanProgress;
import org.ariadne.progress.ProgressOverview;
import org.ariadne.reporting.ProgressReportAccepted;
import org.ariadne.reporting.ProgressReportReopened;
import org.ariadne.reporting.ProgressReportReturned;
import org.ariadne.reporting.ProgressReportSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The plans' progress as last computed, so that a dashboard costs one read of the plan tree instead of adding up
 * every value reported on the plan again (with a million values that takes seconds, see DashboardBenchmark).
 * A snapshot is used only while it is still true: no report of the plan has been accepted, reopened, submitted or
 * returned since it was computed (those events move the plan's generation on), the plan tree it was computed on is
 * the plan tree now (an edited target or a new activity makes it stale), and it is younger than {@link #MAX_AGE}, a
 * safety net for a second server that did not see the events.
 */
@Component
class ProgressSnapshots {

    static final Duration MAX_AGE = Duration.ofMinutes(15);
    /** A snapshot of a 400-activity plan holds its whole tree, a megabyte or two: a few plans, each a few years. */
    private static final int MAX_ENTRIES = 24;

    private final PlanProgress progress;
    private final Clock clock;
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<Key, Snapshot> snapshots = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Snapshot> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    ProgressSnapshots(PlanProgress progress, Clock clock) {
        this.progress = progress;
        this.clock = clock;
    }

    private record Key(long planId, int year, boolean includeSubmitted) {
    }

    private record Snapshot(ProgressOverview overview, long generation, Instant computedAt) {
    }

    /**
     * The plan's progress in a year. {@code includeSubmitted} must already be what the reader is allowed: the
     * snapshot is shared by every reader who would get the same figures.
     */
    ProgressOverview overview(PlanTree tree, int year, boolean includeSubmitted) {
        long planId = tree.plan().id();
        var key = new Key(planId, year, includeSubmitted);
        // taken before the values are read: a report accepted meanwhile leaves this snapshot out of date
        long generation = generation(planId).get();
        Snapshot snapshot;
        synchronized (snapshots) {
            snapshot = snapshots.get(key);
        }
        var now = Instant.now(clock);
        if (snapshot != null && snapshot.generation() == generation
                && snapshot.computedAt().plus(MAX_AGE).isAfter(now) && sameTree(snapshot.overview(), tree)) {
            return snapshot.overview();
        }
        var overview = progress.overview(planId, year, includeSubmitted);
        synchronized (snapshots) {
            snapshots.put(key, new Snapshot(overview, generation, now));
        }
        return overview;
    }

    private static boolean sameTree(ProgressOverview overview, PlanTree tree) {
        var objectives = overview.strategic().stream().map(ProgressOverview.StrategicProgress::objective).toList();
        return new PlanTree(overview.plan(), objectives).equals(tree);
    }

    private AtomicLong generation(long planId) {
        return generations.computeIfAbsent(planId, id -> new AtomicLong());
    }

    /** Values of the plan have changed: every snapshot of it is out of date. */
    void changed(long planId) {
        generation(planId).incrementAndGet();
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
        changed(event.planId());
    }

    @ApplicationModuleListener
    void on(ProgressReportReturned event) {
        changed(event.planId());
    }
}
