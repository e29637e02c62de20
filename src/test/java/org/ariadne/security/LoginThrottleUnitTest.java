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
    private final LoginThrottle throttle = new LoginThrottle(new SecurityProperties(5, 15, 3, 10, java.time.Duration.ofHours(12), null, null, true), clock);

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

    @Test
    void aNameIsHeldBackFromOneAddressAfterFiveWrongPasswordsForLongerAfterEachFurtherOne() {
        var name = "arta";
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(name, ADDRESS);
        }
        assertThat(throttle.isHeldBack(name, ADDRESS)).as("four in a row").isFalse();
        throttle.recordFailure(name, ADDRESS);
        assertThat(throttle.isHeldBack(name, ADDRESS)).as("the fifth").isTrue();
        assertThat(throttle.isHeldBack("ARTA ", ADDRESS)).as("however the name is typed").isTrue();
        assertThat(throttle.isHeldBack(name, "198.51.100.1")).as("from another address").isFalse();
        assertThat(throttle.isHeldBack("besa", ADDRESS)).as("another name").isFalse();

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.isHeldBack(name, ADDRESS)).as("after a minute").isFalse();
        throttle.recordFailure(name, ADDRESS);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.isHeldBack(name, ADDRESS)).as("the sixth: two minutes").isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.isHeldBack(name, ADDRESS)).isFalse();

        for (int i = 0; i < 10; i++) {
            throttle.recordFailure(name, ADDRESS);
        }
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.isHeldBack(name, ADDRESS)).as("never longer than lock-minutes").isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.isHeldBack(name, ADDRESS)).isFalse();
    }

    @Test
    void theRightPasswordOrTheAdministratorEndsTheHold() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("arta", ADDRESS);
            throttle.recordFailure("besa", ADDRESS);
        }
        assertThat(throttle.isHeldBack("besa")).isTrue();

        throttle.recordSuccess("arta", ADDRESS);
        throttle.release("besa");

        assertThat(throttle.isHeldBack("arta", ADDRESS)).isFalse();
        assertThat(throttle.isHeldBack("besa", ADDRESS)).isFalse();
        throttle.recordFailure("arta", ADDRESS);
        assertThat(throttle.isHeldBack("arta", ADDRESS)).as("counting starts afresh").isFalse();
    }
}
