package org.ariadne.security;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ThrottleStore} in this process's memory, for tests of the throttle's rules. */
final class MemoryThrottleStore implements ThrottleStore {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<Pair, Hold> holds = new ConcurrentHashMap<>();

    @Override
    public void addAddressFailure(String address, Instant at, Instant forgetBefore) {
        var recent = failures.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(forgetBefore)) {
                recent.pollFirst();
            }
            recent.addLast(at);
        }
    }

    @Override
    public int addressFailuresSince(String address, Instant since) {
        var recent = failures.get(address);
        if (recent == null) {
            return 0;
        }
        synchronized (recent) {
            return (int) recent.stream().filter(at -> !at.isBefore(since)).count();
        }
    }

    @Override
    public int addFailure(String username, String address, Instant at, Instant forgetBefore) {
        return holds.compute(new Pair(username, address), (pair, hold) -> new Hold(
                (hold == null ? 0 : hold.failures()) + 1,
                hold == null ? null : hold.until(), at)).failures();
    }

    @Override
    public void holdUntil(String username, String address, Instant until) {
        holds.computeIfPresent(new Pair(username, address), (pair, hold) -> new Hold(hold.failures(), until,
                hold.lastAt()));
    }

    @Override
    public Instant heldUntil(String username, String address) {
        var hold = holds.get(new Pair(username, address));
        return hold == null ? null : hold.until();
    }

    @Override
    public boolean heldAnywhere(String username, Instant now) {
        return holds.entrySet().stream().anyMatch(entry -> entry.getKey().username().equals(username)
                && entry.getValue().until() != null && entry.getValue().until().isAfter(now));
    }

    @Override
    public void clear(String username, String address) {
        holds.remove(new Pair(username, address));
    }

    @Override
    public void clearAll(String username) {
        holds.keySet().removeIf(pair -> pair.username().equals(username));
    }

    private record Pair(String username, String address) {
    }

    private record Hold(int failures, Instant until, Instant lastAt) {
    }
}
