package org.ariadne.api;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A fixed window per token, counted in this server's memory: at most {@code requestsPerWindow} calls in each
 * {@code window} (counted from the epoch, so every token's window turns at the same moment). Simple and exact for one
 * server; with several, each counts its own calls, so the limit multiplies by the nodes: there
 * {@link DatabaseRateLimiter}, the default, counts for all. Chosen with {@code ariadne.api.rate-limiter=memory}.
 */
@Component
@ConditionalOnProperty(name = "ariadne.api.rate-limiter", havingValue = "memory")
class InMemoryRateLimiter implements RateLimiter {

    private final ApiProperties properties;
    private final Clock clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    InMemoryRateLimiter(ApiProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    private record Window(long number, int used) {
    }

    @Override
    public Decision tryAcquire(String key) {
        long length = properties.window().toMillis();
        long millis = clock.millis();
        long number = millis / length;
        int limit = properties.requestsPerWindow();
        var window = windows.compute(key, (k, old) -> old == null || old.number() != number
                ? new Window(number, 1) : new Window(number, Math.min(old.used() + 1, limit + 1)));
        if (windows.size() > 10_000) {
            // tokens that called in an earlier window have nothing left to count
            windows.values().removeIf(w -> w.number() < number);
        }
        if (window.used() <= limit) {
            return new Decision(true, limit, limit - window.used(), Duration.ZERO);
        }
        long wait = (number + 1) * length - millis;
        return new Decision(false, limit, 0, Duration.ofMillis(Math.max(wait, 1)));
    }
}
