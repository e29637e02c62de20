package org.ariadne.common;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.ariadne.common.cluster.CacheInvalidations;
import org.springframework.cache.Cache;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A cache that only ever holds committed data, around the library's cache. Spring's
 * {@code TransactionAwareCacheDecorator} defers evictions to the commit too, but it lets a writing transaction read
 * the entry it has just made stale and it keeps what {@code get(key, loader)} computed inside a transaction that
 * later rolls back. Here:
 * <ul>
 * <li>an eviction inside a transaction takes effect when it commits, and not at all when it rolls back; until then
 * other transactions go on reading the committed entry;</li>
 * <li>the transaction that evicted a key no longer reads that key from the cache, so it sees its own change;</li>
 * <li>what a writing transaction reads is kept only once it has committed, and only if no eviction of this cache
 * came in between (a counter of evictions is compared): before the commit it may contain the transaction's own
 * changes, after a rollback it is never kept. A module that changes cached data evicts it within the transaction
 * that makes the change (as the plan's and the directory's events do), so a transaction that changed a key reads it
 * afresh and never keeps it; without this, a demo or an import that only runs writing transactions would rebuild
 * the whole plan for every part it saves;</li>
 * <li>outside writing transactions {@code get(key, loader)} is the library's: concurrent readers of a missing key
 * wait for one computation (single flight), and an eviction that meets a computation in flight waits for it and
 * then removes its result, so a value read before a commit never outlives that commit's eviction.</li>
 * </ul>
 */
final class CommittedCache implements Cache, CacheInvalidations.Target {

    private final Cache target;
    /** The other nodes: told of this node's evictions, asked for theirs before every read. Null: this node alone. */
    private final CacheInvalidations cluster;
    /** How many evictions and clears this cache has had; a value read before one of them is not kept. */
    private long evictions;

    CommittedCache(Cache target) {
        this(target, null);
    }

    CommittedCache(Cache target, CacheInvalidations cluster) {
        this.target = target;
        this.cluster = cluster;
        if (cluster != null) {
            cluster.register(target.getName(), this);
        }
    }

    /** What other nodes evicted is evicted here before anything is read. */
    private void catchUp() {
        if (cluster != null) {
            cluster.catchUp();
        }
    }

    private void tellOthers(Collection<?> keys, boolean all) {
        if (cluster != null && (all || !keys.isEmpty())) {
            cluster.record(getName(), keys, all);
        }
    }

    @Override
    public void evictFromElsewhere(Object key) {
        evictNow(key);
    }

    @Override
    public void clearFromElsewhere() {
        clearNow();
    }

    @Override
    public String getName() {
        return target.getName();
    }

    @Override
    public Object getNativeCache() {
        return target.getNativeCache();
    }

    @Override
    public ValueWrapper get(Object key) {
        catchUp();
        return staleHere(key) ? null : target.get(key);
    }

    @Override
    public <T> T get(Object key, Class<T> type) {
        catchUp();
        return staleHere(key) ? null : target.get(key, type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Callable<T> valueLoader) {
        catchUp();
        if (staleHere(key)) {
            return load(key, valueLoader);
        }
        if (!writing()) {
            try {
                return target.get(key, valueLoader);
            } catch (ValueRetrievalException wrapped) {
                // the library wraps whatever the loader threw; a "not found" must still reach the caller as such
                if (wrapped.getCause() instanceof RuntimeException unchecked) {
                    throw unchecked;
                }
                throw wrapped;
            }
        }
        var cached = target.get(key);
        if (cached != null) {
            return (T) cached.get();
        }
        long seen = evictions();
        T value = load(key, valueLoader);
        pending().keep(key, value, seen);
        return value;
    }

    @Override
    public void put(Object key, Object value) {
        if (!writing()) {
            target.put(key, value);
        } else if (!staleHere(key)) {
            pending().keep(key, value, evictions());
        }
    }

    @Override
    public ValueWrapper putIfAbsent(Object key, Object value) {
        if (!writing()) {
            return target.putIfAbsent(key, value);
        }
        var present = get(key);
        if (present == null && !staleHere(key)) {
            pending().keep(key, value, evictions());
        }
        return present;
    }

    @Override
    public void evict(Object key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            pending().keys.add(key);
            pending().kept.remove(key);
        } else {
            evictNow(key);
            tellOthers(List.of(key), false);
        }
    }

    /** Immediate, as the contract of this method asks (used where a caller needs the entry gone now). */
    @Override
    public boolean evictIfPresent(Object key) {
        boolean present;
        synchronized (this) {
            evictions++;
            present = target.evictIfPresent(key);
        }
        tellOthers(List.of(key), false);
        return present;
    }

    @Override
    public void clear() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            pending().all = true;
            pending().kept.clear();
        } else {
            clearNow();
            tellOthers(List.of(), true);
        }
    }

    /** Immediate, as the contract of this method asks. */
    @Override
    public boolean invalidate() {
        boolean present;
        synchronized (this) {
            evictions++;
            present = target.invalidate();
        }
        tellOthers(List.of(), true);
        return present;
    }

    private synchronized void evictNow(Object key) {
        evictions++;
        target.evict(key);
    }

    private synchronized void clearNow() {
        evictions++;
        target.clear();
    }

    private synchronized long evictions() {
        return evictions;
    }

    /** Keeps a value read by a committed transaction unless an eviction came after it was read. */
    private synchronized void keepIfUnchanged(Object key, Object value, long seen) {
        if (evictions == seen) {
            target.putIfAbsent(key, value);
        }
    }

    private static boolean writing() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    private boolean staleHere(Object key) {
        var pending = (Pending) TransactionSynchronizationManager.getResource(this);
        return pending != null && (pending.all || pending.keys.contains(key));
    }

    private static <T> T load(Object key, Callable<T> valueLoader) {
        try {
            return valueLoader.call();
        } catch (RuntimeException | Error unchecked) {
            throw unchecked;
        } catch (Exception checked) {
            throw new ValueRetrievalException(key, valueLoader, checked);
        }
    }

    /** The evictions of the current transaction, bound to it until it ends. */
    private Pending pending() {
        var pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        return pending;
    }

    private final class Pending implements TransactionSynchronization {

        private final Set<Object> keys = new HashSet<>();
        private final Map<Object, Object[]> kept = new LinkedHashMap<>();
        private boolean all;

        void keep(Object key, Object value, long seen) {
            if (!all && !keys.contains(key)) {
                kept.putIfAbsent(key, new Object[] {value, seen});
            }
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(CommittedCache.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(CommittedCache.this, this);
        }

        /** Told before the commit; the other nodes' record is written right after it (CacheInvalidations). */
        @Override
        public void beforeCommit(boolean readOnly) {
            tellOthers(List.copyOf(keys), all);
        }

        @Override
        public void afterCommit() {
            if (all) {
                clearNow();
            } else {
                keys.forEach(CommittedCache.this::evictNow);
            }
            kept.forEach((key, read) -> keepIfUnchanged(key, read[0], (long) read[1]));
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(CommittedCache.this);
        }
    }
}
