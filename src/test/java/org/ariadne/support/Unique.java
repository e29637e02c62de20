package org.ariadne.support;

import java.util.concurrent.atomic.AtomicInteger;

/** Names no other test uses, so tests sharing one database never collide. */
public final class Unique {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private Unique() {
    }

    public static String name(String prefix) {
        return prefix + " " + RUN + "-" + COUNTER.incrementAndGet();
    }

    public static String username(String prefix) {
        return (prefix + RUN + COUNTER.incrementAndGet()).toLowerCase(java.util.Locale.ROOT);
    }
}
