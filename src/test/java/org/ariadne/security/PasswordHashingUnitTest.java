package org.ariadne.security;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Many sign-ins at once: two passwords are checked at a time, the others wait their turn and are all checked. */
class PasswordHashingUnitTest {

    @Test
    void signInsBeyondTheBoundWaitTheirTurn() throws Exception {
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        var release = new CountDownLatch(1);
        var slow = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return raw.toString();
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    // every check holds its turn until the test lets them go, so all twelve compete at once
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    running.decrementAndGet();
                }
                return raw.toString().equals(encoded);
            }
        };
        var bounded = new PasswordHashing(2).bound(slow);
        var pool = Executors.newFixedThreadPool(12);
        try {
            var checks = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < 12; i++) {
                checks.add(pool.submit(() -> bounded.matches("secret", "secret")));
            }
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() -> running.get() == 2);
            release.countDown();
            for (var check : checks) {
                assertThat(check.get(10, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most).as("checks running at the same time").hasValue(2);
    }

    @Test
    void withoutASettingOnePerProcessor() {
        assertThat(new PasswordHashing(0).permits()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }
}
