package org.ariadne.api;

import java.time.Duration;

/**
 * How many calls a token may still make. One server counts in memory ({@link InMemoryRateLimiter}); several servers
 * behind one database need a shared count, which another implementation of this interface gives (issue 18, item 4).
 */
public interface RateLimiter {

    /** Counts one call of {@code key}; says whether it is allowed and, if not, when to try again. */
    Decision tryAcquire(String key);

    /** The answer for one call: allowed, the calls left in the window, and the wait before the next one if refused. */
    record Decision(boolean allowed, int limit, int remaining, Duration retryAfter) {
    }
}
