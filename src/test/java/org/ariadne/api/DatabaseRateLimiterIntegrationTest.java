package org.ariadne.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database share a token's limit: the calls made through either count together, so a token cannot
 * make the limit's calls on each node (issue 18). The two nodes are two limiters on the application's database, each
 * with its own clock, as two servers would be.
 */
@AriadneIntegrationTest
class DatabaseRateLimiterIntegrationTest {

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RateLimiter configured;

    @Test
    void twoNodesCountATokensCallsTogetherAndTheNextWindowStartsAfresh() {
        var properties = new ApiProperties(365, 20, 4, Duration.ofMinutes(1));
        var now = new AtomicReference<>(START.plusSeconds(15));
        var nodeA = new DatabaseRateLimiter(jdbc, properties, clock(now));
        var nodeB = new DatabaseRateLimiter(jdbc, properties, clock(now));
        var token = "token:" + Unique.name("shared");
        var other = "token:" + Unique.name("other");

        assertThat(nodeA.tryAcquire(token).remaining()).isEqualTo(3);
        assertThat(nodeB.tryAcquire(token).remaining()).isEqualTo(2);
        assertThat(nodeA.tryAcquire(token).remaining()).isEqualTo(1);
        assertThat(nodeB.tryAcquire(token).allowed()).isTrue();
        var refusedOnA = nodeA.tryAcquire(token);
        var refusedOnB = nodeB.tryAcquire(token);

        assertThat(refusedOnA.allowed()).as("the fifth call, on node A").isFalse();
        assertThat(refusedOnB.allowed()).as("a sixth, on node B").isFalse();
        assertThat(refusedOnB.retryAfter()).isEqualTo(Duration.ofSeconds(45));
        assertThat(nodeB.tryAcquire(other).allowed()).as("another token counts apart").isTrue();

        now.set(START.plusSeconds(60));
        assertThat(nodeB.tryAcquire(token).remaining()).as("the next window").isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from api_rate_window where rate_key = ?").param(token)
                .query(Integer.class).single()).as("the earlier window forgotten").isEqualTo(1);
    }

    @Test
    void theApplicationCountsInTheDatabase() {
        assertThat(configured).isInstanceOf(DatabaseRateLimiter.class);
    }

    private static Clock clock(AtomicReference<Instant> now) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }
}
