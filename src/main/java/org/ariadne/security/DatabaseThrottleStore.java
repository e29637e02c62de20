package org.ariadne.security;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link ThrottleStore} in the tables {@code login_failure} and {@code login_hold}, shared by every node. The sign-in
 * filter and handlers run outside transactions, so each statement commits on its own; a count goes up by one
 * UPDATE, so that wrong passwords arriving on two nodes at once both count.
 */
final class DatabaseThrottleStore implements ThrottleStore {

    private final JdbcClient jdbc;

    DatabaseThrottleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addAddressFailure(String address, Instant at, Instant forgetBefore) {
        jdbc.sql("delete from login_failure where address = ? and failed_at < ?")
                .params(address, Timestamp.from(forgetBefore)).update();
        jdbc.sql("insert into login_failure (address, failed_at) values (?, ?)")
                .params(address, Timestamp.from(at)).update();
    }

    @Override
    public int addressFailuresSince(String address, Instant since) {
        return jdbc.sql("select count(*) from login_failure where address = ? and failed_at >= ?")
                .params(address, Timestamp.from(since)).query(Integer.class).single();
    }

    @Override
    public int addFailure(String username, String address, Instant at, Instant forgetBefore) {
        jdbc.sql("delete from login_hold where updated_at < ? and (held_until is null or held_until < ?)")
                .params(Timestamp.from(forgetBefore), Timestamp.from(forgetBefore)).update();
        if (increment(username, address, at) == 0) {
            try {
                jdbc.sql("insert into login_hold (username, address, failures, updated_at) values (?, ?, 1, ?)")
                        .params(username, address, Timestamp.from(at)).update();
                return 1;
            } catch (DuplicateKeyException atTheSameTime) {
                // another node recorded this pair's first failure a moment ago: count on top of it
                increment(username, address, at);
            }
        }
        return jdbc.sql("select failures from login_hold where username = ? and address = ?")
                .params(username, address).query(Integer.class).optional().orElse(1);
    }

    private int increment(String username, String address, Instant at) {
        return jdbc.sql("update login_hold set failures = failures + 1, updated_at = ? where username = ? and address = ?")
                .params(Timestamp.from(at), username, address).update();
    }

    @Override
    public void holdUntil(String username, String address, Instant until) {
        jdbc.sql("update login_hold set held_until = ? where username = ? and address = ?")
                .params(Timestamp.from(until), username, address).update();
    }

    @Override
    public Instant heldUntil(String username, String address) {
        return jdbc.sql("select held_until from login_hold where username = ? and address = ?")
                .params(username, address)
                .query((row, n) -> java.util.Optional.ofNullable(row.getTimestamp(1)))
                .optional().flatMap(held -> held).map(Timestamp::toInstant).orElse(null);
    }

    @Override
    public boolean heldAnywhere(String username, Instant now) {
        return jdbc.sql("select count(*) from login_hold where username = ? and held_until > ?")
                .params(username, Timestamp.from(now)).query(Integer.class).single() > 0;
    }

    @Override
    public void clear(String username, String address) {
        jdbc.sql("delete from login_hold where username = ? and address = ?").params(username, address).update();
    }

    @Override
    public void clearAll(String username) {
        jdbc.sql("delete from login_hold where username = ?").param(username).update();
    }
}
