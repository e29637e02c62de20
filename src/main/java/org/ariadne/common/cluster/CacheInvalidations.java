package org.ariadne.common.cluster;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the other nodes what this node evicted from its caches, and evicts here what they evicted, through the
 * database ({@code cache_invalidation}). A writing transaction that evicts does not record the keys within itself:
 * they are gathered while it runs (every cache's, in one batch) and written once it has committed, in a short
 * transaction of their own that raises the single row of {@code cache_invalidation_version} and inserts the keys under
 * that version. The row's lock orders these short transactions, so that no node ever sees version n+1 without n, and
 * it is held for one UPDATE and one batched INSERT only, never for the whole of an acceptance: before, every evicting
 * transaction (every report accepted) waited on that row until the one before it had committed, on every node.
 * Before a cache is read, the node compares that version with the last one it applied (one indexed read of one row,
 * at most every {@code ariadne.cluster.cache-check} (250 ms)) and evicts what other nodes recorded since: a change
 * made on one node is seen on the others within that time. On one node alone the version never moves but by its own
 * writes, so nothing is evicted twice.
 * <p>
 * The price of recording after the commit: a node that dies (or loses the database) between its commit and the
 * record, a window of milliseconds, leaves the other nodes' entries for that change in place. They are bounded by the
 * caches' {@code expire-after-write} (15 minutes for the plans, the directory and the dashboards' progress,
 * {@code ariadne.caches} in application.yml; the published snapshots and charts never change); a failed record is
 * logged as a warning naming the caches.
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
    private final JdbcTemplate batches;
    private final ClusterNode node;
    private final TransactionTemplate own;
    private final long checkEveryNanos;
    private final Clock wallClock = Clock.systemUTC();
    private final Map<String, Target> caches = new ConcurrentHashMap<>();
    /** The last version whose evictions this node applied (-1: none yet); written under this object's lock. */
    private volatile long applied = -1;
    /** When this node last looked (System.nanoTime()); the thread that moves it looks, the others do not. */
    private final AtomicLong checkedAt = new AtomicLong();
    /** What the current transaction evicted, bound to it until it commits. */
    private final Object batchKey = new Object();

    CacheInvalidations(JdbcClient jdbc, JdbcTemplate batches, ClusterNode node, PlatformTransactionManager transactions,
            @Value("${ariadne.cluster.cache-check:250ms}") Duration checkEvery) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.node = node;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.checkEveryNanos = checkEvery.toNanos();
        this.checkedAt.set(System.nanoTime() - checkEveryNanos);
    }

    public void register(String cacheName, Target cache) {
        caches.put(cacheName, cache);
    }

    /**
     * Records that this node evicted {@code keys} ({@code all}: the whole cache). Within a writing transaction the
     * record is written once it has committed (nothing if it rolls back), together with whatever else it evicted;
     * otherwise at once, on its own. Call it during the transaction or in its {@code beforeCommit}, as
     * {@code CommittedCache} does, not after its commit.
     */
    public void record(String cacheName, Collection<?> keys, boolean all) {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            var batch = (Batch) TransactionSynchronizationManager.getResource(batchKey);
            if (batch != null && batch.written) {
                // called after this transaction's commit (by another synchronization): nothing is left to wait for
                write(List.of(new Eviction(cacheName, List.copyOf(keys), all)));
                return;
            }
            batch().add(cacheName, keys, all);
        } else {
            write(List.of(new Eviction(cacheName, keys, all)));
        }
    }

    private record Eviction(String cacheName, Collection<?> keys, boolean all) {
    }

    /** The current transaction's evictions, written after its commit. */
    private Batch batch() {
        var batch = (Batch) TransactionSynchronizationManager.getResource(batchKey);
        if (batch == null) {
            batch = new Batch();
            TransactionSynchronizationManager.bindResource(batchKey, batch);
            TransactionSynchronizationManager.registerSynchronization(batch);
        }
        return batch;
    }

    private final class Batch implements TransactionSynchronization {

        private final List<Eviction> evictions = new ArrayList<>();
        private boolean written;

        void add(String cacheName, Collection<?> keys, boolean all) {
            evictions.add(new Eviction(cacheName, List.copyOf(keys), all));
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(batchKey);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(batchKey, this);
        }

        @Override
        public void afterCommit() {
            written = true;
            write(evictions);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(batchKey);
        }
    }

    /** Writes evictions under one new version, in a short transaction of its own; a failure is logged, not thrown. */
    private void write(List<Eviction> evictions) {
        try {
            own.executeWithoutResult(status -> insert(evictions));
        } catch (RuntimeException failed) {
            // the change itself has committed; the other nodes' entries now last until they expire (see above)
            log.warn("Could not tell the other nodes of evictions from {}: {}",
                    evictions.stream().map(Eviction::cacheName).distinct().toList(), failed.getMessage());
        }
    }

    private void insert(List<Eviction> evictions) {
        jdbc.sql("update cache_invalidation_version set version = version + 1 where id = 1").update();
        long version = jdbc.sql("select version from cache_invalidation_version where id = 1")
                .query(Long.class).single();
        var now = Timestamp.from(wallClock.instant());
        var rows = new ArrayList<Object[]>();
        var whole = new HashSet<String>();
        for (var eviction : evictions) {
            if (eviction.all() || eviction.keys().stream().anyMatch(key -> type(key) == null)) {
                whole.add(eviction.cacheName());
            }
        }
        var seen = new HashSet<List<String>>();
        whole.forEach(cacheName -> rows.add(new Object[] {version, cacheName, null, null, node.name(), now}));
        for (var eviction : evictions) {
            if (whole.contains(eviction.cacheName())) {
                continue;
            }
            for (var key : eviction.keys()) {
                if (seen.add(List.of(eviction.cacheName(), type(key), key.toString()))) {
                    rows.add(new Object[] {version, eviction.cacheName(), type(key), key.toString(), node.name(), now});
                }
            }
        }
        batches.batchUpdate("insert into cache_invalidation (version, cache_name, key_type, cache_key, node, recorded_at) "
                + "values (?, ?, ?, ?, ?, ?)", rows, new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP});
    }

    /** Evicts here what other nodes evicted since the last look, unless this node looked a moment ago. */
    public void catchUp() {
        long now = System.nanoTime();
        long last = checkedAt.get();
        if (now - last < checkEveryNanos || !checkedAt.compareAndSet(last, now)) {
            return;
        }
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
