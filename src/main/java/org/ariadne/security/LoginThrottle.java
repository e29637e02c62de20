package org.ariadne.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, in two ways, kept in the database so that every node counts the same failures
 * (guessing spread over the nodes behind a proxy counts once):
 * <ul>
 * <li>per user name and address: after {@code maxFailedLogins} wrong passwords in a row for one name from one
 * address, that name is held back from that address for a minute, then for twice as long after each further wrong
 * password, up to {@code lockMinutes}. The name typed counts whether or not an account has it, so the answers tell
 * nobody which names exist; and the owner signs in from their own address meanwhile, so a stranger cannot lock
 * anybody out. A right password ends the hold for that pair.</li>
 * <li>per address: too many failed sign-ins from one address within a window (guessing spread over many names)
 * refuse further attempts from it until the window has passed.</li>
 * </ul>
 * The address is the client's as Tomcat sees it: behind a configured trusted proxy, the one it forwards.
 */
@Component
class LoginThrottle {

    private final ThrottleStore store;
    private final SecurityProperties properties;
    private final Clock clock;

    @Autowired
    LoginThrottle(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
        this(new DatabaseThrottleStore(jdbc), properties, clock);
    }

    /** In this process's memory only: for tests of the rules. */
    LoginThrottle(SecurityProperties properties, Clock clock) {
        this(new MemoryThrottleStore(), properties, clock);
    }

    private LoginThrottle(ThrottleStore store, SecurityProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    boolean isBlocked(String address) {
        return store.addressFailuresSince(address, windowStart()) >= properties.maxFailuresPerAddress();
    }

    void recordFailure(String address) {
        store.addAddressFailure(address, clock.instant(), windowStart());
    }

    /** Whether sign-ins with this name from this address must wait before the password is even checked. */
    boolean isHeldBack(String username, String address) {
        var until = store.heldUntil(name(username), address);
        return until != null && until.isAfter(clock.instant());
    }

    /** Whether this name is held back from any address: the administrator sees it and may lift it. */
    boolean isHeldBack(String username) {
        return store.heldAnywhere(name(username), clock.instant());
    }

    /** A wrong password for {@code username} (an account's or not) from {@code address}. */
    void recordFailure(String username, String address) {
        var name = name(username);
        var now = clock.instant();
        // a pair left alone for a day is forgotten, as the hold it may have had ended long before
        int inARow = store.addFailure(name, address, now, now.minus(Duration.ofDays(1)));
        if (inARow >= properties.maxFailedLogins()) {
            // 1, 2, 4, 8 ... minutes, never longer than lockMinutes
            int doublings = Math.min(inARow - properties.maxFailedLogins(), 20);
            long minutes = Math.min(1L << doublings, properties.lockMinutes());
            store.holdUntil(name, address, now.plus(Duration.ofMinutes(minutes)));
        }
    }

    /** The right password from this address: the name starts afresh there. */
    void recordSuccess(String username, String address) {
        store.clear(name(username), address);
    }

    /** The administrator lifts every hold on the name. */
    void release(String username) {
        store.clearAll(name(username));
    }

    /** The name as typed, normalised and cut to the column's width (a longer one is nobody's account). */
    private static String name(String username) {
        var name = UserAccounts.normalise(username);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private Instant windowStart() {
        return clock.instant().minus(Duration.ofMinutes(properties.addressWindowMinutes()));
    }
}
