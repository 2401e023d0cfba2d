package org.safeguard.benchmark;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.safeguard.SafeguardApplication;
import org.safeguard.process.SeaCaseProcess;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.MariaDbServer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Intake throughput and latency: starts Safeguard on MariaDB (a fresh {@code safeguard_bench}
 * database), posts N intakes from C concurrent clients through {@code POST /api/cases} and
 * prints intakes per second, latency percentiles and the process instances created.
 * Run: {@code ./mvnw -Pbenchmark verify -Dbench.requests=2000 -Dbench.clients=8}.
 */
public final class IntakeBenchmark {

    public static void main(String[] args) throws Exception {
        int requests = Integer.getInteger("bench.requests", 2000);
        int clients = Integer.getInteger("bench.clients", 8);
        int warmup = Integer.getInteger("bench.warmup", 200);
        MariaDbServer db = MariaDbServer.emptyDatabase(
                System.getProperty("bench.db.url", "jdbc:mariadb://127.0.0.1:3306/safeguard_bench"),
                System.getProperty("bench.db.user", "root"), System.getProperty("bench.db.password", ""));

        SpringApplication app = new SpringApplication(SafeguardApplication.class);
        app.setAdditionalProfiles("demo", "mariadb");
        app.setDefaultProperties(Map.of("SAFEGUARD_DB_URL", db.url(), "SAFEGUARD_DB_USER", db.user(),
                "SAFEGUARD_DB_PASSWORD", db.password(), "server.port", "0", "logging.level.root", "WARN"));
        try (ConfigurableApplicationContext context = app.run()) {
            Api api = new Api(((WebServerApplicationContext) context).getWebServer().getPort());
            RuntimeService runtime = context.getBean(RuntimeService.class);
            run(api, warmup, clients);
            long instancesBefore = runtime.createProcessInstanceQuery().processDefinitionKey(SeaCaseProcess.KEY).count();

            long start = System.nanoTime();
            Result result = run(api, requests, clients);
            double seconds = (System.nanoTime() - start) / 1e9;

            long created = runtime.createProcessInstanceQuery().processDefinitionKey(SeaCaseProcess.KEY).count() - instancesBefore;
            print(requests, clients, seconds, result, created, db.url());
        }
        System.exit(0);
    }

    private static Result run(Api api, int requests, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<Future<List<Long>>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (next.getAndIncrement() < requests) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = api.postCase("intake", AllegationJson.EXAMPLE);
                    latencies.add(System.nanoTime() - t0);
                    if (response.statusCode() != 201) {
                        failures.incrementAndGet();
                    }
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> worker : workers) {
            all.addAll(worker.get());
        }
        pool.shutdown();
        Collections.sort(all);
        return new Result(all, failures.get());
    }

    private static void print(int requests, int clients, double seconds, Result result, long created, String url) {
        System.out.printf(Locale.ROOT, """

                Safeguard intake benchmark (MariaDB %s)
                  intakes:            %d from %d concurrent clients, %d failed
                  duration:           %.2f s
                  throughput:         %.1f intakes/s
                  latency p50/p95/p99: %.1f / %.1f / %.1f ms (max %.1f ms)
                  process instances:  %d sea-case instances created
                %n""", url, requests, clients, result.failures(), seconds, requests / seconds,
                result.percentile(50), result.percentile(95), result.percentile(99), result.percentile(100), created);
    }

    record Result(List<Long> sortedNanos, int failures) {

        double percentile(int p) {
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1;
            return sortedNanos.get(Math.max(0, index)) / 1e6;
        }
    }

    private IntakeBenchmark() {
    }
}
