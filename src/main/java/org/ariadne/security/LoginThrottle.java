package org.ariadne.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, in two ways, both kept in memory on purpose (they protect this server and reset
 * with it):
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

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<Pair, Hold> holds = new ConcurrentHashMap<>();
    private final SecurityProperties properties;
    private final Clock clock;

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    boolean isBlocked(String address) {
        var recent = failures.get(address);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() >= properties.maxFailuresPerAddress();
        }
    }

    void recordFailure(String address) {
        var recent = failures.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
        if (failures.size() > 10_000) {
            failures.entrySet().removeIf(entry -> entry.getValue().isEmpty());
        }
    }

    /** Whether sign-ins with this name from this address must wait before the password is even checked. */
    boolean isHeldBack(String username, String address) {
        var hold = holds.get(new Pair(UserAccounts.normalise(username), address));
        return hold != null && hold.until() != null && hold.until().isAfter(clock.instant());
    }

    /** Whether this name is held back from any address: the administrator sees it and may lift it. */
    boolean isHeldBack(String username) {
        var name = UserAccounts.normalise(username);
        var now = clock.instant();
        return holds.entrySet().stream().anyMatch(entry -> entry.getKey().username().equals(name)
                && entry.getValue().until() != null && entry.getValue().until().isAfter(now));
    }

    /** A wrong password for {@code username} (an account's or not) from {@code address}. */
    void recordFailure(String username, String address) {
        var now = clock.instant();
        holds.compute(new Pair(UserAccounts.normalise(username), address), (pair, hold) -> {
            int inARow = (hold == null ? 0 : hold.failures()) + 1;
            if (inARow < properties.maxFailedLogins()) {
                return new Hold(inARow, null);
            }
            // 1, 2, 4, 8 ... minutes, never longer than lockMinutes
            int doublings = Math.min(inARow - properties.maxFailedLogins(), 20);
            long minutes = Math.min(1L << doublings, properties.lockMinutes());
            return new Hold(inARow, now.plus(Duration.ofMinutes(minutes)));
        });
        if (holds.size() > 10_000) {
            var forgotten = now.minus(Duration.ofMinutes(properties.lockMinutes()));
            holds.values().removeIf(hold -> hold.until() == null || hold.until().isBefore(forgotten));
        }
    }

    /** The right password from this address: the name starts afresh there. */
    void recordSuccess(String username, String address) {
        holds.remove(new Pair(UserAccounts.normalise(username), address));
    }

    /** The administrator lifts every hold on the name. */
    void release(String username) {
        var name = UserAccounts.normalise(username);
        holds.keySet().removeIf(pair -> pair.username().equals(name));
    }

    private record Pair(String username, String address) {
    }

    /** Wrong passwords in a row, and until when the next attempt waits (null: it need not). */
    private record Hold(int failures, Instant until) {
    }

    private void prune(Deque<Instant> recent) {
        var cutOff = clock.instant().minus(Duration.ofMinutes(properties.addressWindowMinutes()));
        while (!recent.isEmpty() && recent.peekFirst().isBefore(cutOff)) {
            recent.pollFirst();
        }
    }
}
