package org.safeguard.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts what the application sends to the database, by statement text, while switched on: the
 * deterministic side of a benchmark part, which timings on a shared machine are not. Installed as a
 * bean post-processor, it wraps the application's {@link DataSource} (the engine, MyBatis and the
 * transaction manager share it). A row added to a batch counts as one statement, as the database
 * runs one; {@code COMMIT}, {@code ROLLBACK} and switching auto-commit off are counted under those
 * names (one transaction is one of each auto-commit switch and a commit). Counting costs a map update
 * per statement: a run whose timings are the figure counts nothing.
 */
final class SqlCounter implements BeanPostProcessor {

    static final String COMMIT = "COMMIT";
    static final String ROLLBACK = "ROLLBACK";
    static final String BEGIN = "SET autocommit=0";
    /** Between the counting thread's name (its digits left off) and the statement, in a counted key. */
    static final String SEPARATOR = "\t";

    private static final Pattern THREAD_NUMBER = Pattern.compile("[-_\\d]+$");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern IN_LIST = Pattern.compile("\\(\\s*\\?(\\s*,\\s*\\?)+\\s*\\)");

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Queue<String> trace = new ConcurrentLinkedQueue<>();
    private volatile boolean on;
    private volatile boolean tracing;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource ? proxy(DataSource.class, dataSource) : bean;
    }

    /** Starts counting from zero. */
    void start() {
        counts.clear();
        nanos.clear();
        on = true;
    }

    /** Starts counting from zero, and keeps every statement in the order sent, for {@link #trace()}. */
    void startTrace() {
        trace.clear();
        tracing = true;
        start();
    }

    /** The counted keys in the order sent since {@link #startTrace}. */
    List<String> trace() {
        tracing = false;
        return List.copyOf(trace);
    }

    /** Stops counting; what was counted since {@link #start}, by thread name and statement text. */
    Map<String, Long> stop() {
        on = false;
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((sql, count) -> snapshot.put(sql, count.sum()));
        return snapshot;
    }

    /**
     * How long the calls took since {@link #start}, by the same keys, in milliseconds: the time a
     * thread waited for the database (a batch's under its statement), a guide to where it goes.
     */
    Map<String, Double> millis() {
        Map<String, Double> snapshot = new TreeMap<>();
        nanos.forEach((sql, total) -> snapshot.put(sql, total.sum() / 1e6));
        return snapshot;
    }

    /** The statements counted on threads whose name starts with {@code threads}, commits and auto-commit switches left out. */
    static long statements(Map<String, Long> counted, String threads) {
        return counted.entrySet().stream()
                .filter(e -> e.getKey().startsWith(threads))
                .filter(e -> !isTransaction(statement(e.getKey())))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** The commits counted on threads whose name starts with {@code threads}. */
    static long commits(Map<String, Long> counted, String threads) {
        return counted.entrySet().stream()
                .filter(e -> e.getKey().startsWith(threads))
                .filter(e -> statement(e.getKey()).equals(COMMIT))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /**
     * Counts or times by statement alone, every thread's added together, commits and auto-commit
     * switches left out: what a unit of work sends, whichever thread sent it.
     */
    static <N extends Number> Map<String, Double> byStatement(Map<String, N> counted) {
        Map<String, Double> merged = new TreeMap<>();
        counted.forEach((key, value) -> {
            if (!isTransaction(statement(key))) {
                merged.merge(statement(key), value.doubleValue(), Double::sum);
            }
        });
        return merged;
    }

    /** The statement of a counted key. */
    static String statement(String key) {
        return key.substring(key.indexOf(SEPARATOR) + 1);
    }

    private static boolean isTransaction(String statement) {
        return statement.equals(COMMIT) || statement.equals(ROLLBACK) || statement.equals(BEGIN);
    }

    private void count(String sql) {
        if (on) {
            String key = key(sql);
            counts.computeIfAbsent(key, k -> new LongAdder()).increment();
            if (tracing) {
                trace.add(key);
            }
        }
    }

    private void time(String sql, long nanosTaken) {
        if (on) {
            nanos.computeIfAbsent(key(sql), k -> new LongAdder()).add(nanosTaken);
        }
    }

    /** The thread's name without its number, and the text with runs of spaces and IN lists of any length made one. */
    private static String key(String sql) {
        return THREAD_NUMBER.matcher(Thread.currentThread().getName()).replaceAll("")
                + SEPARATOR
                + IN_LIST.matcher(SPACE.matcher(sql).replaceAll(" ").strip()).replaceAll("(?…)");
    }

    @SuppressWarnings("unchecked")
    private <T> T proxy(Class<T> type, T target) {
        return (T) Proxy.newProxyInstance(
                SqlCounter.class.getClassLoader(), new Class<?>[] {type}, new Counting(target, null));
    }

    /** Follows a data source to its connections and statements, remembering a prepared statement's text. */
    private final class Counting implements InvocationHandler {

        private final Object target;
        private final String sql;

        Counting(Object target, String sql) {
            this.target = target;
            this.sql = sql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("unwrap") || name.equals("isWrapperFor")) {
                return call(method, args);
            }
            String counted = countBefore(name, args);
            String timed = counted != null ? counted : name.equals("executeBatch") && sql != null ? sql : null;
            long start = System.nanoTime();
            Object result = call(method, args);
            if (timed != null) {
                time(timed, System.nanoTime() - start);
            }
            if (result instanceof PreparedStatement prepared) {
                return wrap(PreparedStatement.class, prepared, (String) args[0]);
            }
            if (result instanceof Statement statement) {
                return wrap(Statement.class, statement, null);
            }
            if (result instanceof Connection connection) {
                return wrap(Connection.class, connection, null);
            }
            return result;
        }

        /** Counts the call if it sends a statement, a commit or a switch to a transaction; what it counted, or null. */
        private String countBefore(String name, Object[] args) {
            String statement = null;
            if (target instanceof Connection) {
                if (name.equals("commit")) {
                    statement = COMMIT;
                } else if (name.equals("rollback") && (args == null || args.length == 0)) {
                    statement = ROLLBACK;
                } else if (name.equals("setAutoCommit") && Boolean.FALSE.equals(args[0])) {
                    statement = BEGIN;
                }
            } else if (target instanceof PreparedStatement
                    && (name.equals("execute")
                            || name.equals("executeQuery")
                            || name.equals("executeUpdate")
                            || name.equals("addBatch"))
                    && (args == null || args.length == 0)) {
                statement = sql;
            } else if (target instanceof Statement
                    && args != null
                    && args.length > 0
                    && args[0] instanceof String text
                    && (name.startsWith("execute") || name.equals("addBatch"))) {
                statement = text;
            }
            if (statement != null) {
                count(statement);
            }
            return statement;
        }

        private Object call(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @SuppressWarnings("unchecked")
        private <T> T wrap(Class<T> type, T object, String text) {
            return (T) Proxy.newProxyInstance(
                    SqlCounter.class.getClassLoader(), new Class<?>[] {type}, new Counting(object, text));
        }
    }
}
