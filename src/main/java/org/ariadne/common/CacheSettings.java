package org.ariadne.common;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every cache of the application, by name, with its bounds (set under {@code ariadne.caches} in application.yml):
 * one place to see what is kept in memory and to size it. A module reads its cache with
 * {@code caches.getCache(CacheSettings.PLAN_TREES)}; a name that is not here has no cache.
 *
 * @param planTrees whole plans as read by the plan module, one entry per plan
 * @param institutionDirectory the institutions directory, a single entry
 * @param planProgress the dashboards' progress of a plan, one entry per plan holding the years and filters asked for
 * @param publishedSnapshots what a publication showed when it was published, read from its JSON once: it never
 *        changes, so an entry is never stale
 * @param portalCharts the portal's charts drawn as SVG, one entry per publication, language and chart: a published
 *        chart never changes either
 */
@ConfigurationProperties("ariadne.caches")
public record CacheSettings(Bounds planTrees, Bounds institutionDirectory, Bounds planProgress,
        Bounds publishedSnapshots, Bounds portalCharts) {

    public static final String PLAN_TREES = "plan-trees";
    public static final String INSTITUTION_DIRECTORY = "institution-directory";
    public static final String PLAN_PROGRESS = "plan-progress";
    public static final String PUBLISHED_SNAPSHOTS = "published-snapshots";
    public static final String PORTAL_CHARTS = "portal-charts";

    public CacheSettings {
        Objects.requireNonNull(planTrees, "ariadne.caches.plan-trees is not set");
        Objects.requireNonNull(institutionDirectory, "ariadne.caches.institution-directory is not set");
        Objects.requireNonNull(planProgress, "ariadne.caches.plan-progress is not set");
        Objects.requireNonNull(publishedSnapshots, "ariadne.caches.published-snapshots is not set");
        Objects.requireNonNull(portalCharts, "ariadne.caches.portal-charts is not set");
    }

    /**
     * How much one cache may hold: at most {@code maximumSize} entries (the least recently used goes first), each
     * for at most {@code expireAfterWrite} when set.
     */
    public record Bounds(long maximumSize, Duration expireAfterWrite) {
    }

    Map<String, Bounds> byName() {
        var all = new LinkedHashMap<String, Bounds>();
        all.put(PLAN_TREES, planTrees);
        all.put(INSTITUTION_DIRECTORY, institutionDirectory);
        all.put(PLAN_PROGRESS, planProgress);
        all.put(PUBLISHED_SNAPSHOTS, publishedSnapshots);
        all.put(PORTAL_CHARTS, portalCharts);
        return all;
    }
}
