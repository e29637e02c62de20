package org.ariadne.support;

import org.springframework.beans.factory.config.BeanPostProcessor;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Rebuilds the schema from the migrations once per test run, so every run starts from the same database. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    /**
     * On PostgreSQL a cached test context idles on one connection: the suite keeps some twenty contexts cached (each
     * test configuration its own), and at Hikari's default (as many idle connections as the maximum) they held more
     * than the server's 100 connections, so the next context failed to start ("too many clients", 53300). On the in-memory
     * H2 connections cost nothing, and the test contexts keep Hikari's default there.
     */
    @Bean
    static BeanPostProcessor idleOnOneConnectionOnPostgres() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof com.zaxxer.hikari.HikariDataSource pool && pool.getJdbcUrl() != null
                        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                    pool.setMinimumIdle(1);
                    pool.setIdleTimeout(10_000);
                }
                return bean;
            }
        };
    }

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
