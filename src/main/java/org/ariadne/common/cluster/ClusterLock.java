package org.ariadne.common.cluster;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job on one node only, however many nodes share the database and whenever their schedulers fire
 * (the idea of ShedLock, in one table, {@code cluster_lock}). A node runs the job only if it moves the job's
 * {@code locked_until} from the past into the future in one UPDATE, which one node alone can do; after the job it
 * keeps the lock at least {@link #AT_LEAST_FOR} from the start, so that a node whose clock or scheduler is a little
 * late does not run the same daily job a second time. A node that dies while holding a lock blocks the job until
 * {@code atMostFor} has passed. Times are this node's wall clock (not the application's {@link Clock}, which tests
 * may fix): the nodes' clocks must agree to well within {@link #AT_LEAST_FOR} (NTP does).
 */
@Component
public class ClusterLock {

    /** How long a finished job keeps its lock, from its start. */
    public static final Duration AT_LEAST_FOR = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);

    private final JdbcClient jdbc;
    private final ClusterNode node;
    private final MeterRegistry meters;
    private final Clock wallClock = Clock.systemUTC();
    /** The lock's statements commit on their own, whatever transaction the caller is in, so other nodes see them. */
    private final TransactionTemplate own;

    ClusterLock(JdbcClient jdbc, ClusterNode node, MeterRegistry meters, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.node = node;
        this.meters = meters;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Runs {@code job} here if no node holds the lock named {@code name}, else does nothing.
     *
     * @param atMostFor how long the lock stays taken if this node dies during the job: longer than the job ever takes
     * @return whether the job ran on this node
     */
    public boolean runOnce(String name, Duration atMostFor, Runnable job) {
        var now = wallClock.instant();
        if (!acquire(name, now, now.plus(atMostFor))) {
            log.debug("Job {} skipped: another node holds its lock", name);
            meters.counter("ariadne.jobs", "job", name, "outcome", "skipped").increment();
            return false;
        }
        try {
            meters.counter("ariadne.jobs", "job", name, "outcome", "ran").increment();
            job.run();
            return true;
        } finally {
            own.executeWithoutResult(status -> release(name, now));
        }
    }

    private boolean acquire(String name, Instant now, Instant until) {
        if (Boolean.TRUE.equals(own.execute(status -> take(name, now, until)))) {
            return true;
        }
        try {
            // never run before on this database: the first node to insert the row holds the lock
            return Boolean.TRUE.equals(own.execute(status -> jdbc
                    .sql("insert into cluster_lock (name, locked_until, locked_at, locked_by) values (?, ?, ?, ?)")
                    .params(name, Timestamp.from(until), Timestamp.from(now), node.name())
                    .update() == 1));
        } catch (DuplicateKeyException taken) {
            // the row exists: held by another node, or inserted by one a moment ago; its transaction rolled back
            return Boolean.TRUE.equals(own.execute(status -> take(name, now, until)));
        }
    }

    private boolean take(String name, Instant now, Instant until) {
        return jdbc.sql("""
                        update cluster_lock set locked_until = ?, locked_at = ?, locked_by = ?
                        where name = ? and locked_until <= ?""")
                .params(Timestamp.from(until), Timestamp.from(now), node.name(), name, Timestamp.from(now))
                .update() == 1;
    }

    private void release(String name, Instant startedAt) {
        var end = wallClock.instant();
        var keepUntil = startedAt.plus(AT_LEAST_FOR);
        jdbc.sql("update cluster_lock set locked_until = ? where name = ? and locked_by = ?")
                .params(Timestamp.from(end.isAfter(keepUntil) ? end : keepUntil), name, node.name())
                .update();
    }
}
