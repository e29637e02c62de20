package org.ariadne.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the SQL of every statement the test's own thread executes while {@link #during} runs, so that a test can
 * count the queries one call makes. Work done after the commit on other threads (event listeners) is not counted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementLog {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** Runs {@code work} and returns the SQL it executed on this thread, in order. */
    public static List<String> during(Runnable work) {
        var log = new ArrayList<String>();
        RECORDING.set(log);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return log;
    }

    /** The SQL statements of {@code log} that read {@code table} (a select whose from or join names it). */
    public static long reads(List<String> log, String table) {
        var pattern = java.util.regex.Pattern.compile("(?is)^\\s*select\\b.*\\b(from|join)\\s+\"?" + table + "\"?(\\s|$|,)");
        return log.stream().filter(sql -> pattern.matcher(sql).find()).count();
    }

    @Bean
    static BeanPostProcessor statementLoggingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof Proxy)) {
                    return proxy(DataSource.class, dataSource, (target, method, args) -> {
                        var result = invoke(target, method, args);
                        return result instanceof Connection connection ? connection(connection) : result;
                    });
                }
                return bean;
            }
        };
    }

    private static Connection connection(Connection real) {
        return proxy(Connection.class, real, (target, method, args) -> {
            var result = invoke(target, method, args);
            if (result instanceof Statement statement) {
                var prepared = args != null && args.length > 0 && args[0] instanceof String sql ? sql : null;
                return statement(statement, prepared);
            }
            return result;
        });
    }

    @SuppressWarnings("unchecked")
    private static <S extends Statement> S statement(S real, String preparedSql) {
        Class<?> type = real instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : real instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        return (S) proxy(type, real, (target, method, args) -> {
            var log = RECORDING.get();
            if (log != null && method.getName().startsWith("execute")) {
                Supplier<String> sql = () -> preparedSql != null ? preparedSql
                        : args != null && args.length > 0 && args[0] instanceof String text ? text : "";
                log.add(sql.get().replaceAll("\\s+", " ").strip());
            }
            return invoke(target, method, args);
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> handler.invoke(target, method, args));
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
