package org.ariadne.common.cluster;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the other nodes what this node evicted from its caches, and evicts here what they evicted, through the
 * database ({@code cache_invalidation}). A writing transaction that evicts records the keys within itself, after
 * raising the single row of {@code cache_invalidation_version}: the row's lock orders such transactions by their
 * commits, so that no node ever sees version n+1 without n. Before a cache is read, the node compares that version
 * with the last one it applied (one indexed read of one row, at most every {@code ariadne.cluster.cache-check}
 * (250 ms)) and evicts what other nodes recorded since: a change made on one node is seen on the others within that
 * time. On one node alone the version never moves but by its own writes, so nothing is evicted twice.
 */
@Component
public class CacheInvalidations {

    private static final Logger log = LoggerFactory.getLogger(CacheInvalidations.class);

    /** A cache as the other nodes' evictions reach it. */
    public interface Target {

        void evictFromElsewhere(Object key);

        void clearFromElsewhere();
    }

    private final JdbcClient jdbc;
    private final ClusterNode node;
    private final TransactionTemplate own;
    private final long checkEveryNanos;
    private final Clock wallClock = Clock.systemUTC();
    private final Map<String, Target> caches = new ConcurrentHashMap<>();
    private volatile long applied = -1;
    private volatile long checkedAt;

    CacheInvalidations(JdbcClient jdbc, ClusterNode node, PlatformTransactionManager transactions,
            @Value("${ariadne.cluster.cache-check:250ms}") Duration checkEvery) {
        this.jdbc = jdbc;
        this.node = node;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.checkEveryNanos = checkEvery.toNanos();
        this.checkedAt = System.nanoTime() - checkEveryNanos;
    }

    public void register(String cacheName, Target cache) {
        caches.put(cacheName, cache);
    }

    /**
     * Records that this node evicted {@code keys} ({@code all}: the whole cache). Within a writing transaction the
     * record commits with it; otherwise on its own.
     */
    public void record(String cacheName, Collection<?> keys, boolean all) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            own.executeWithoutResult(status -> write(cacheName, keys, all));
        } else if (TransactionSynchronizationManager.isActualTransactionActive()) {
            write(cacheName, keys, all);
        } else {
            own.executeWithoutResult(status -> write(cacheName, keys, all));
        }
    }

    private void write(String cacheName, Collection<?> keys, boolean all) {
        jdbc.sql("update cache_invalidation_version set version = version + 1 where id = 1").update();
        long version = jdbc.sql("select version from cache_invalidation_version where id = 1")
                .query(Long.class).single();
        var now = Timestamp.from(wallClock.instant());
        var sql = "insert into cache_invalidation (version, cache_name, key_type, cache_key, node, recorded_at) "
                + "values (?, ?, ?, ?, ?, ?)";
        boolean whole = all || keys.stream().anyMatch(key -> type(key) == null);
        if (whole) {
            jdbc.sql(sql).params(version, cacheName, null, null, node.name(), now).update();
            return;
        }
        for (var key : keys) {
            jdbc.sql(sql).params(version, cacheName, type(key), key.toString(), node.name(), now).update();
        }
    }

    /** Evicts here what other nodes evicted since the last look, unless this node looked a moment ago. */
    public void catchUp() {
        long now = System.nanoTime();
        if (now - checkedAt < checkEveryNanos) {
            return;
        }
        checkedAt = now;
        long head;
        try {
            head = jdbc.sql("select version from cache_invalidation_version where id = 1").query(Long.class).single();
        } catch (org.springframework.dao.DataAccessException unreachable) {
            // the read that follows meets the same trouble and reports it; the cache is looked at again next time
            log.warn("Could not read the other nodes' cache evictions: {}", unreachable.getMessage());
            return;
        }
        if (head == applied) {
            return;
        }
        synchronized (this) {
            if (applied < 0) {
                // just started: the caches are empty, nothing recorded before now concerns them
                applied = head;
                return;
            }
            if (head <= applied) {
                return;
            }
            jdbc.sql("""
                            select cache_name, key_type, cache_key from cache_invalidation
                            where version > ? and version <= ? and node <> ? order by version, id""")
                    .params(applied, head, node.name())
                    .query((row, n) -> {
                        apply(row.getString(1), row.getString(2), row.getString(3));
                        return null;
                    }).list();
            applied = head;
        }
    }

    private void apply(String cacheName, String type, String key) {
        var cache = caches.get(cacheName);
        if (cache == null) {
            return;
        }
        if (type == null) {
            cache.clearFromElsewhere();
            return;
        }
        cache.evictFromElsewhere(switch (type) {
            case "long" -> Long.valueOf(key);
            case "int" -> Integer.valueOf(key);
            default -> key;
        });
    }

    private static String type(Object key) {
        if (key instanceof Long) {
            return "long";
        }
        if (key instanceof Integer) {
            return "int";
        }
        return key instanceof String text && text.length() <= 200 ? "string" : null;
    }

    /** What every node has long applied is forgotten: a node that was down that long starts with empty caches. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetOld() {
        int gone = jdbc.sql("delete from cache_invalidation where recorded_at < ?")
                .param(Timestamp.from(wallClock.instant().minus(Duration.ofDays(1)))).update();
        if (gone > 0) {
            log.debug("Forgot {} cache evictions older than a day", gone);
        }
    }
}
