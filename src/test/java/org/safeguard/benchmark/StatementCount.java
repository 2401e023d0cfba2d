package org.safeguard.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Every JDBC statement the application sends while recording, counted by its text: what one unit
 * of work (a due timer) costs the database, as deterministic evidence beside the timings. A row of
 * a batch counts as a statement, as the engine's batched inserts are one row each; commits count
 * apart. Attached to the application's {@code DataSource} bean, so the engine, MyBatis and JDBC
 * templates all go through it. Counting costs a map update per statement: attach it only to runs
 * that report counts, not to runs whose timings are the figure.
 */
final class StatementCount {

    private static final Set<String> EXECUTING = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "addBatch");
    private static final Set<String> SENDING = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private static final Pattern IN_LIST = Pattern.compile("\\(\\s*\\?(\\s*,\\s*\\?)+\\s*\\)");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final Map<String, LongAdder> byText = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> nanosByText = new ConcurrentHashMap<>();
    private final LongAdder commits = new LongAdder();
    private final LongAdder autoCommitSwitches = new LongAdder();
    private volatile boolean recording;

    /** Wraps the application's {@code DataSource} bean once the context is refreshed with it. */
    ApplicationContextInitializer<ConfigurableApplicationContext> attach() {
        return context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource source && !(bean instanceof Counting) ? new Counting(source) : bean;
            }
        });
    }

    void start() {
        byText.clear();
        nanosByText.clear();
        commits.reset();
        autoCommitSwitches.reset();
        recording = true;
    }

    void stop() {
        recording = false;
    }

    long statements() {
        return byText.values().stream().mapToLong(LongAdder::sum).sum();
    }

    long commits() {
        return commits.sum();
    }

    /** Calls switching auto-commit off or on: a transaction's begin and end, each a round trip of its own. */
    long autoCommitSwitches() {
        return autoCommitSwitches.sum();
    }

    /** Statement texts, most frequent first. */
    Map<String, Long> byText() {
        Map<String, Long> sorted = new LinkedHashMap<>();
        byText.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue().sum()));
        return sorted;
    }

    /** Time waited for the database (round trips included) per text, in milliseconds. */
    Map<String, Long> millisByText() {
        Map<String, Long> millis = new LinkedHashMap<>();
        nanosByText.forEach((text, nanos) -> millis.put(text, nanos.sum() / 1_000_000));
        return millis;
    }

    private void count(String sql) {
        if (recording && sql != null) {
            byText.computeIfAbsent(text(sql), t -> new LongAdder()).increment();
        }
    }

    private void time(String sql, long nanos) {
        if (recording && sql != null) {
            nanosByText.computeIfAbsent(text(sql), t -> new LongAdder()).add(nanos);
        }
    }

    private static String text(String sql) {
        return IN_LIST.matcher(SPACE.matcher(sql).replaceAll(" ").trim()).replaceAll("(?…)");
    }

    /** The application's data source with counting connections. */
    private final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return connection(super.getConnection(user, password));
        }
    }

    private Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, args) -> {
            Object result = invoke(target, method, args);
            switch (method.getName()) {
                case "prepareStatement" -> {
                    return statement(PreparedStatement.class, (Statement) result, (String) args[0]);
                }
                case "prepareCall" -> {
                    return statement(CallableStatement.class, (Statement) result, (String) args[0]);
                }
                case "createStatement" -> {
                    return statement(Statement.class, (Statement) result, null);
                }
                case "commit" -> {
                    if (recording) {
                        commits.increment();
                    }
                }
                case "setAutoCommit" -> {
                    if (recording) {
                        autoCommitSwitches.increment();
                    }
                }
                default -> {
                }
            }
            return result;
        });
    }

    /** A statement counting each execution and batch row: prepared ones by their text, plain ones by the text run. */
    private <T extends Statement> T statement(Class<T> type, Statement target, String prepared) {
        String[] last = {prepared};
        return proxy(type, type.cast(target), (method, args) -> {
            if (prepared == null && args != null && args.length > 0 && args[0] instanceof String sql) {
                last[0] = sql;
            }
            if (EXECUTING.contains(method.getName())) {
                count(last[0]);
            }
            if (!SENDING.contains(method.getName())) {
                return invoke(target, method, args);
            }
            long start = System.nanoTime();
            try {
                return invoke(target, method, args);
            } finally {
                time(last[0], System.nanoTime() - start);
            }
        });
    }

    private interface Call {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (self, method, args) -> switch (method.getName()) {
            case "unwrap" -> ((Class<?>) args[0]).isInstance(self) ? self : invoke(target, method, args);
            case "isWrapperFor" -> ((Class<?>) args[0]).isInstance(self) || (boolean) invoke(target, method, args);
            default -> call.handle(method, args);
        };
        return type.cast(Proxy.newProxyInstance(StatementCount.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
