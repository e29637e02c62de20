package org.ariadne.security;

import java.util.concurrent.Semaphore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How many passwords are hashed at once ({@code ariadne.security.hashing.concurrency}, 0: one per processor). An
 * Argon2id check takes a processor and 19 MiB for about 60 ms; when 300 people sign in within seconds, hashing them
 * all at once would take every processor and gigabytes of heap while the other requests wait for both. Bounded, the
 * sign-ins queue for their turn (a sign-in takes a little longer) and everything else keeps running.
 */
@ConfigurationProperties("ariadne.security.hashing")
record PasswordHashing(@DefaultValue("0") int concurrency) {

    int permits() {
        return concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors();
    }

    /** {@code encoder}, hashing at most {@link #permits()} passwords at a time; the others wait in turn. */
    PasswordEncoder bound(PasswordEncoder encoder) {
        var turns = new Semaphore(permits(), true);
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                turns.acquireUninterruptibly();
                try {
                    return encoder.encode(rawPassword);
                } finally {
                    turns.release();
                }
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                turns.acquireUninterruptibly();
                try {
                    return encoder.matches(rawPassword, encodedPassword);
                } finally {
                    turns.release();
                }
            }

            @Override
            public boolean upgradeEncoding(String encodedPassword) {
                return encoder.upgradeEncoding(encodedPassword);
            }
        };
    }
}
