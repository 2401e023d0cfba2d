package org.safeguard.benchmark;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.safeguard.casefile.Allegations;
import org.safeguard.casefile.CaseIntake;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * "A signed-in UI session ≤ 300 KB of retained heap and a task-list round trip p95 ≤ 150 ms with
 * 300 simulated users", at the HTTP level ({@link UiSessionClient}: no browser, the requests Flow's
 * client sends). Each user signs in through the form, opens {@code /tasks}, and then, a few times
 * over, sends a heartbeat, goes to the case list and back to the task list, from a pool of client
 * threads while every session stays open. The measured round trip is the navigation to the task
 * list: the server builds the view, counts and reads the first page of the user's tasks and
 * answers with the changes, which must include the grid.
 *
 * <p><b>Retained heap</b>: the application runs in this JVM. A class histogram after a full
 * collection ({@link UiSessionHeap}) is taken once a session of every account in the mix has warmed
 * the views and caches up, and again after the N sessions did their round trips; the growth of the
 * live heap over N is the heap a session retains: its HTTP session, Spring Security's context, the
 * Vaadin session with its UIs (the task list's and the sign-in page's, which a browser leaves behind
 * until its heartbeats stop). The client side keeps a few strings per user. The classes that grew
 * most are printed beside it.
 *
 * <p>The protocol is checked once before measuring: a navigation answers with the grid's changes,
 * and a UIDL request with a wrong security key is refused while the right key is then accepted.
 */
public final class UiSessionBenchmark implements BenchmarkPart {

    static final String NAME = "ui";
    static final double HEAP_GOAL_KB = 300;
    static final double ROUND_TRIP_GOAL_MS = 150;
    static final String TASKS = "tasks";
    static final String CASES = "cases";

    /** The demo accounts of the mix (DemoAccounts): conduct officers of two entities, investigators, a manager. */
    private static final List<String> ACCOUNTS =
            List.of("intake", "intake-unmiss", "investigator", "investigator2", "manager");

    private static final String DEMO_PASSWORD = "demo";
    private static final List<String> ENTITIES = List.of("MINUSCA", "UNMISS");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Figure> run(BenchmarkSize size) throws Exception {
        int sessions = size.uiSessions();
        int roundTrips = Integer.getInteger("bench.ui.roundTrips", Math.max(3, size.iterations() / 6));
        int clients = Integer.getInteger("bench.ui.clients", 8);
        // What users get: the production bundle, which verify builds before the benchmark runs.
        try (BenchApp bench = BenchApp.start(NAME, Map.of("vaadin.productionMode", "true"))) {
            ConfigurableApplicationContext app = bench.context();
            int port = bench.port();
            seedCases(app.getBean(CaseIntake.class), Integer.getInteger("bench.ui.cases", sessions));
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            UiSessionClient probe = new UiSessionClient(http, port);
            checkProtocol(probe);
            List<UiSessionClient> warm = new ArrayList<>();
            for (String account : ACCOUNTS) {
                UiSessionClient client = new UiSessionClient(http, port);
                client.signIn(account, DEMO_PASSWORD);
                client.open(TASKS);
                cycle(client, new Timings());
                warm.add(client);
            }
            UiSessionHeap before = UiSessionHeap.now();

            ExecutorService pool = Executors.newFixedThreadPool(clients);
            Timings timings = new Timings();
            List<UiSessionClient> users = Collections.synchronizedList(new ArrayList<>());
            long start = System.nanoTime();
            all(pool, clients, sessions, i -> {
                UiSessionClient client = new UiSessionClient(http, port);
                long t0 = System.nanoTime();
                client.signIn(ACCOUNTS.get(i % ACCOUNTS.size()), DEMO_PASSWORD);
                timings.signIns.add(System.nanoTime() - t0);
                client.open(TASKS);
                users.add(client);
            });
            double openSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            all(pool, clients, sessions * roundTrips, i -> {
                UiSessionClient client = users.get(i % users.size());
                synchronized (client) {
                    cycle(client, timings);
                }
            });
            double roundTripSeconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            UiSessionHeap after = UiSessionHeap.now();
            List<Figure> figures = new ArrayList<>();
            figures.add(Figure.info(NAME, "Vaadin mode", probe.productionMode() ? "production" : "development"));
            figures.addAll(measured(
                    sessions,
                    roundTrips,
                    clients,
                    openSeconds,
                    roundTripSeconds,
                    timings,
                    before,
                    after,
                    warm.size() + users.size()));
            return figures;
        }
    }

    /** One user's visit: heartbeat, the case list, back to the task list (the measured round trip). */
    private static void cycle(UiSessionClient client, Timings timings) throws Exception {
        long t0 = System.nanoTime();
        client.heartbeat();
        long t1 = System.nanoTime();
        client.navigate(CASES);
        long t2 = System.nanoTime();
        String answer = client.navigate(TASKS);
        long t3 = System.nanoTime();
        timings.heartbeats.add(t1 - t0);
        timings.caseLists.add(t2 - t1);
        timings.taskLists.add(t3 - t2);
        if (!answer.contains("\"vaadin-grid\"")) {
            timings.withoutGrid.incrementAndGet();
        }
    }

    private static void checkProtocol(UiSessionClient probe) throws Exception {
        probe.signIn("manager", DEMO_PASSWORD);
        probe.open(CASES);
        String answer = probe.navigate(TASKS);
        if (!answer.contains("\"changes\":[{") || !answer.contains("\"vaadin-grid\"")) {
            throw new IllegalStateException("The task list's round trip answered no grid: " + head(answer));
        }
        String refused = probe.emptyUidl("not-" + probe.securityKey());
        if (!refused.contains("appError") || refused.contains("\"changes\":[{")) {
            throw new IllegalStateException("A wrong security key was not refused: " + head(refused));
        }
        String accepted = probe.emptyUidl(probe.securityKey());
        if (accepted.contains("appError")) {
            throw new IllegalStateException("The right security key was refused after a wrong one: " + head(accepted));
        }
    }

    private static void seedCases(CaseIntake intake, int cases) {
        for (int i = 0; i < cases; i++) {
            intake.register(
                    Allegations.anAllegation()
                            .against(ENTITIES.get(i % ENTITIES.size()))
                            .receivedAt(Instant.now().minusSeconds(3600L * i))
                            .build(),
                    null);
        }
    }

    private static List<Figure> measured(
            int sessions,
            int roundTrips,
            int clients,
            double openSeconds,
            double roundTripSeconds,
            Timings timings,
            UiSessionHeap before,
            UiSessionHeap after,
            int alive) {
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.info(
                NAME,
                "sessions",
                String.format(
                        Locale.ROOT,
                        "%d signed in and on /tasks in %.0f s (%d clients); %d alive in all",
                        sessions,
                        openSeconds,
                        clients,
                        alive)));
        figures.add(Figure.info(NAME, "sign-in p50 / p95 (form POST)", timings.signIns.summary()));
        figures.add(Figure.info(
                NAME,
                "round trips",
                String.format(
                        Locale.ROOT,
                        "%d visits (heartbeat, cases, tasks) in %.0f s",
                        sessions * roundTrips,
                        roundTripSeconds)));
        figures.add(Figure.atMost(
                NAME, "task-list round trip p95", timings.taskLists.percentileMillis(95), ROUND_TRIP_GOAL_MS, "ms"));
        figures.add(Figure.info(
                NAME,
                "task-list round trip p50 / p99",
                timings.taskLists.percentileMillis(50) + " / " + timings.taskLists.percentileMillis(99) + " ms"));
        figures.add(Figure.info(NAME, "case-list round trip p50 / p95", timings.caseLists.summary()));
        figures.add(Figure.info(NAME, "heartbeat p50 / p95", timings.heartbeats.summary()));
        figures.add(Figure.atMost(NAME, "task-list answers without the grid", timings.withoutGrid.get(), 0, ""));
        double perSession = (after.liveBytes() - before.liveBytes()) / 1024.0 / sessions;
        figures.add(Figure.atMost(NAME, "retained heap per session", perSession, HEAP_GOAL_KB, "KB"));
        after.grownSince(before, Integer.getInteger("bench.ui.heapClasses", 5))
                .forEach(grown -> figures.add(Figure.info(
                        NAME,
                        "  of which " + grown.getKey(),
                        String.format(Locale.ROOT, "%.1f KB", grown.getValue() / 1024.0 / sessions))));
        return figures;
    }

    private static void all(ExecutorService pool, int clients, int count, Step step) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < clients; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    step.run(i);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
    }

    private static String head(String answer) {
        return answer.substring(0, Math.min(300, answer.length()));
    }

    @FunctionalInterface
    private interface Step {
        void run(int index) throws Exception;
    }

    /** Round-trip times in nanoseconds, by kind. */
    private static final class Timings {
        final Latencies signIns = new Latencies();
        final Latencies heartbeats = new Latencies();
        final Latencies caseLists = new Latencies();
        final Latencies taskLists = new Latencies();
        final AtomicInteger withoutGrid = new AtomicInteger();
    }

    private static final class Latencies extends ConcurrentLinkedQueue<Long> {

        long percentileMillis(int p) {
            List<Long> sorted = stream().sorted().toList();
            int index = Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
            return sorted.isEmpty() ? 0 : sorted.get(index) / 1_000_000;
        }

        String summary() {
            return percentileMillis(50) + " / " + percentileMillis(95) + " ms";
        }
    }
}
