package org.ariadne.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The window of the per-address throttle, on a clock the test moves: 3 failures within 10 minutes block. */
class LoginThrottleUnitTest {

    private static final String ADDRESS = "192.0.2.1";

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(new SecurityProperties(5, 15, 3, 10, null), clock);

    @Test
    void anAddressIsRefusedFromTheLimitOnUntilItsFailuresAreOlderThanTheWindow() {
        throttle.recordFailure(ADDRESS);
        throttle.recordFailure(ADDRESS);
        assertThat(throttle.isBlocked(ADDRESS)).as("below the limit").isFalse();
        throttle.recordFailure(ADDRESS);
        assertThat(throttle.isBlocked(ADDRESS)).isTrue();

        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.isBlocked(ADDRESS)).as("exactly ten minutes later").isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isBlocked(ADDRESS)).isFalse();
    }

    @Test
    void tryingAgainWhileRefusedDoesNotProlongTheWait() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure(ADDRESS);
        }
        // the sign-in filter only asks; refused attempts never reach the password check that records failures
        for (int minute = 1; minute <= 10; minute++) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(throttle.isBlocked(ADDRESS)).as("minute " + minute).isTrue();
        }

        clock.advance(Duration.ofSeconds(1));

        assertThat(throttle.isBlocked(ADDRESS)).as("the wait the message promises").isFalse();
    }

    @Test
    void failuresLeaveTheWindowOneByOne() {
        throttle.recordFailure(ADDRESS);
        clock.advance(Duration.ofMinutes(6));
        throttle.recordFailure(ADDRESS);
        throttle.recordFailure(ADDRESS);
        assertThat(throttle.isBlocked(ADDRESS)).isTrue();

        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.isBlocked(ADDRESS)).as("the first failure is 11 minutes old, two are recent").isFalse();
        throttle.recordFailure(ADDRESS);
        assertThat(throttle.isBlocked(ADDRESS)).as("one more failure within the window").isTrue();
    }

    @Test
    void failuresFromOneAddressDoNotCountForAnother() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure(ADDRESS);
        }

        assertThat(throttle.isBlocked("192.0.2.2")).isFalse();
        assertThat(throttle.isBlocked(ADDRESS)).isTrue();
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }
    }
}
