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
 * Slows down password guessing spread over many accounts: too many failed sign-ins from one network address
 * within a window refuse further attempts from it until the window has passed. Kept in memory on purpose:
 * it protects this server and resets with it; the per-account lock-out is stored.
 */
@Component
class LoginThrottle {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
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

    private void prune(Deque<Instant> recent) {
        var cutOff = clock.instant().minus(Duration.ofMinutes(properties.addressWindowMinutes()));
        while (!recent.isEmpty() && recent.peekFirst().isBefore(cutOff)) {
            recent.pollFirst();
        }
    }
}
