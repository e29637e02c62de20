package org.ariadne.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Lets a test cut the database off at a chosen moment: once {@link #breakOn} is armed, the first statement whose SQL
 * contains the given text closes its connection and fails the way a lost connection fails (SQL state 08006), and
 * every new connection is refused until {@link #restore}. The real database is untouched.
 */
@TestConfiguration(proxyBeanMethods = false)
public class BreakableDatabase {

    private static final AtomicReference<String> TRIGGER = new AtomicReference<>();
    private static volatile boolean down;

    /** Arms the break: the next statement containing {@code sqlFragment} kills its connection. */
    public static void breakOn(String sqlFragment) {
        TRIGGER.set(sqlFragment.toLowerCase(java.util.Locale.ROOT));
    }

    /** The database is back: connections work again. */
    public static void restore() {
        TRIGGER.set(null);
        down = false;
    }

    public static boolean isDown() {
        return down;
    }

    @Bean
    static BeanPostProcessor breakableDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof Proxy)) {
                    return proxy(DataSource.class, dataSource, (target, method, args) -> {
                        if (method.getName().equals("getConnection")) {
                            if (down) {
                                throw lost();
                            }
                            return connection((Connection) invoke(target, method, args));
                        }
                        return invoke(target, method, args);
                    });
                }
                return bean;
            }
        };
    }

    private static Connection connection(Connection real) {
        return proxy(Connection.class, real, (target, method, args) -> {
            if (down && !method.getName().equals("close") && !method.getName().equals("rollback")) {
                throw lost();
            }
            var result = invoke(target, method, args);
            if (result instanceof Statement statement && args != null && args.length > 0 && args[0] instanceof String sql) {
                return statement(statement, sql, real);
            }
            if (result instanceof Statement statement) {
                return statement(statement, null, real);
            }
            return result;
        });
    }

    @SuppressWarnings("unchecked")
    private static <S extends Statement> S statement(S real, String preparedSql, Connection connection) {
        var interfaces = real.getClass().getInterfaces();
        Class<?> type = real instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : real instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        return (S) proxy(type, real, (target, method, args) -> {
            if (method.getName().startsWith("execute")) {
                var sql = preparedSql != null ? preparedSql
                        : args != null && args.length > 0 && args[0] instanceof String text ? text : "";
                var trigger = TRIGGER.get();
                if (trigger != null && sql.toLowerCase(java.util.Locale.ROOT).contains(trigger)) {
                    TRIGGER.set(null);
                    down = true;
                    connection.abort(Runnable::run);
                    throw lost();
                }
            }
            return invoke(target, method, args);
        });
    }

    private static SQLException lost() {
        return new SQLNonTransientConnectionException("connection to the database was lost (simulated)", "08006");
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(BreakableDatabase.class.getClassLoader(), new Class<?>[] {type},
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
