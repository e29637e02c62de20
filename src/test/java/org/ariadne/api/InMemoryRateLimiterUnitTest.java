package org.ariadne.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** A token's calls are counted per fixed window: the one over the limit waits until the next window starts. */
class InMemoryRateLimiterUnitTest {

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void theCallOverTheLimitIsRefusedUntilTheNextWindowAndOtherTokensCountApart() {
        var properties = new ApiProperties(365, 20, 3, Duration.ofMinutes(1));
        var now = new java.util.concurrent.atomic.AtomicReference<>(START.plusSeconds(15));
        var clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        var limiter = new InMemoryRateLimiter(properties, clock);

        assertThat(limiter.tryAcquire("token:1").remaining()).isEqualTo(2);
        limiter.tryAcquire("token:1");
        assertThat(limiter.tryAcquire("token:1").allowed()).isTrue();
        var refused = limiter.tryAcquire("token:1");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(45));
        assertThat(limiter.tryAcquire("token:2").allowed()).isTrue();
        now.set(START.plusSeconds(59));
        assertThat(limiter.tryAcquire("token:1").allowed()).isFalse();
        now.set(START.plusSeconds(60));
        assertThat(limiter.tryAcquire("token:1").allowed()).isTrue();
    }
}
