package org.ariadne.common;

import java.time.Duration;

import org.ariadne.common.CacheSettings.Bounds;
import org.junit.jupiter.api.Test;
import org.springframework.cache.Cache;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.support.SimpleCacheManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.benmanes.caffeine.cache.Caffeine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of {@link CommittedCache}, one by one, with transactions that hold no resource. */
class CommittedCacheUnitTest {

    private final CaffeineCache library = new CaffeineCache("plans", Caffeine.newBuilder().maximumSize(10).build(), false);
    private final Cache cache = new CommittedCache(library);
    private final TransactionTemplate writing = new TransactionTemplate(new NoResourceTransactions());
    private final TransactionTemplate reading = readOnly();

    @Test
    void anEvictionTakesEffectWhenTheTransactionCommits() {
        cache.put(1L, "old");

        writing.executeWithoutResult(transaction -> {
            cache.evict(1L);
            assertThat(library.get(1L)).as("still there for everyone else").isNotNull();
        });

        assertThat(cache.get(1L)).isNull();
        assertThat(cache.get(1L, () -> "new")).isEqualTo("new");
        assertThat(cache.get(1L).get()).isEqualTo("new");
    }

    @Test
    void anEvictionRolledBackLeavesTheEntry() {
        cache.put(1L, "old");

        writing.executeWithoutResult(transaction -> {
            cache.evict(1L);
            cache.clear();
            transaction.setRollbackOnly();
        });

        assertThat(cache.get(1L).get()).isEqualTo("old");
    }

    @Test
    void theTransactionThatEvictedReadsItsOwnChangeWithoutKeepingIt() {
        cache.put(1L, "old");
        cache.put(2L, "other");

        writing.executeWithoutResult(transaction -> {
            cache.evict(1L);
            assertThat(cache.get(1L)).isNull();
            assertThat(cache.get(1L, () -> "changed")).isEqualTo("changed");
            assertThat(cache.get(2L).get()).as("another key").isEqualTo("other");
            transaction.setRollbackOnly();
        });

        assertThat(cache.get(1L).get()).as("nothing read in the rolled back transaction was kept").isEqualTo("old");
    }

    @Test
    void whatAWritingTransactionReadsIsKeptOnlyOnceItHasCommitted() {
        writing.executeWithoutResult(transaction -> {
            assertThat(cache.get(1L, () -> "read while writing")).isEqualTo("read while writing");
            cache.put(2L, "put while writing");
            assertThat(library.get(1L)).as("nobody else sees it before the commit").isNull();
            assertThat(library.get(2L)).isNull();
        });
        assertThat(cache.get(1L).get()).isEqualTo("read while writing");
        assertThat(cache.get(2L).get()).isEqualTo("put while writing");

        writing.executeWithoutResult(transaction -> {
            cache.get(3L, () -> "maybe uncommitted");
            transaction.setRollbackOnly();
        });
        assertThat(cache.get(3L)).as("a rolled back transaction keeps nothing").isNull();

        reading.executeWithoutResult(transaction -> cache.get(4L, () -> "committed"));
        assertThat(cache.get(4L).get()).isEqualTo("committed");
    }

    @Test
    void aValueReadBeforeAnotherTransactionsEvictionIsNotKept() throws Exception {
        var other = new Thread(() -> cache.evict(1L)); // another thread's eviction, outside this transaction
        writing.executeWithoutResult(transaction -> {
            cache.get(1L, () -> "read before the other commit");
            other.start();
            try {
                other.join();
            } catch (InterruptedException interrupted) {
                throw new IllegalStateException(interrupted);
            }
        });
        assertThat(cache.get(1L)).as("the eviction came after the read: the read may be stale").isNull();
    }

    @Test
    void aKeyTheTransactionChangedIsNeverKept() {
        writing.executeWithoutResult(transaction -> {
            cache.evict(1L);
            cache.get(1L, () -> "own change");
        });
        assertThat(cache.get(1L)).isNull();
    }

    @Test
    void whatTheLoaderThrowsReachesTheCallerAsItIs() {
        assertThatThrownBy(() -> cache.get(1L, () -> {
            throw new IllegalArgumentException("no such plan");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("no such plan");
        assertThat(cache.get(1L)).isNull();
    }

    @Test
    void everyCacheOfTheSettingsIsBuiltAndNoOther() {
        var settings = new CacheSettings(new Bounds(20, null), new Bounds(1, null),
                new Bounds(8, Duration.ofMinutes(15)), new Bounds(64, null), new Bounds(256, null));
        var manager = new CacheConfiguration().cacheManager(settings, null);
        ((SimpleCacheManager) manager).afterPropertiesSet();

        assertThat(manager.getCacheNames()).containsExactlyInAnyOrder(CacheSettings.PLAN_TREES,
                CacheSettings.INSTITUTION_DIRECTORY, CacheSettings.PLAN_PROGRESS, CacheSettings.PUBLISHED_SNAPSHOTS,
                CacheSettings.PORTAL_CHARTS);
        assertThat(manager.getCache("plan-tree")).isNull();
    }

    private static TransactionTemplate readOnly() {
        var template = new TransactionTemplate(new NoResourceTransactions());
        template.setReadOnly(true);
        return template;
    }

    /** Real transaction boundaries and synchronizations, without a database. */
    private static final class NoResourceTransactions extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
