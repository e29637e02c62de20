package org.ariadne.support;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Rebuilds the schema from the migrations once per test run, so every run starts from the same database. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate() {
        return flyway -> {
            if (CLEANED.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
