package org.ariadne.api;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fixed window per token counted in the database ({@code api_rate_window}), so that every node behind one database
 * counts the same calls: with several nodes a token still makes at most {@code requestsPerWindow} calls per
 * {@code window} in all, not that many on each node. The windows are those of {@link InMemoryRateLimiter} (counted
 * from the epoch). A call costs one UPDATE that raises the count and one primary-key read of it; the first call of a
 * token in a window inserts its row instead (and forgets the token's earlier windows), and if another node inserted
 * it a moment before, counts on top. The statements run outside any transaction (the API's filters run before the
 * controllers' transactions), each committing at once, so that two nodes' calls never wait on each other for longer
 * than one UPDATE. The nodes' clocks must agree (NTP), as the window is read from each node's clock.
 * <p>
 * The default ({@code ariadne.api.rate-limiter=database}); {@code memory} counts in each node's memory instead.
 */
@Component
@ConditionalOnProperty(name = "ariadne.api.rate-limiter", havingValue = "database", matchIfMissing = true)
class DatabaseRateLimiter implements RateLimiter {

    private final JdbcClient jdbc;
    private final ApiProperties properties;
    private final Clock clock;

    DatabaseRateLimiter(JdbcClient jdbc, ApiProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Decision tryAcquire(String key) {
        long length = properties.window().toMillis();
        long millis = clock.millis();
        long number = millis / length;
        int limit = properties.requestsPerWindow();
        int used = count(key, number);
        if (used <= limit) {
            return new Decision(true, limit, limit - used, Duration.ZERO);
        }
        long wait = (number + 1) * length - millis;
        return new Decision(false, limit, 0, Duration.ofMillis(Math.max(wait, 1)));
    }

    /** This call counted: the token's calls in the window, this one included. */
    private int count(String key, long number) {
        if (increment(key, number) == 0) {
            try {
                jdbc.sql("insert into api_rate_window (rate_key, window_number, calls) values (?, ?, 1)")
                        .params(key, number).update();
                jdbc.sql("delete from api_rate_window where rate_key = ? and window_number < ?")
                        .params(key, number).update();
                return 1;
            } catch (DuplicateKeyException atTheSameTime) {
                // another node (or thread) made this window's row a moment ago: count on top of it
                increment(key, number);
            }
        }
        return jdbc.sql("select calls from api_rate_window where rate_key = ? and window_number = ?")
                .params(key, number).query(Integer.class).optional().orElse(1);
    }

    /** Raises the count by one, no higher than one over the limit (refused calls need not be counted further). */
    private int increment(String key, long number) {
        return jdbc.sql("""
                        update api_rate_window set calls = case when calls > ? then calls else calls + 1 end
                        where rate_key = ? and window_number = ?""")
                .params(properties.requestsPerWindow(), key, number).update();
    }
}
