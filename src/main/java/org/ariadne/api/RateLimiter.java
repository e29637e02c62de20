package org.ariadne.api;

import java.time.Duration;

/**
 * How many calls a token may still make. Counted in the database for all nodes ({@link DatabaseRateLimiter}, the
 * default), or in one node's memory ({@link InMemoryRateLimiter}, {@code ariadne.api.rate-limiter=memory}).
 */
public interface RateLimiter {

    /** Counts one call of {@code key}; says whether it is allowed and, if not, when to try again. */
    Decision tryAcquire(String key);

    /** The answer for one call: allowed, the calls left in the window, and the wait before the next one if refused. */
    record Decision(boolean allowed, int limit, int remaining, Duration retryAfter) {
    }
}
