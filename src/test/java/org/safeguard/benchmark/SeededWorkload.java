package org.safeguard.benchmark;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.safeguard.testsupport.MariaDbServer;

/**
 * Safeguard on a database holding {@code size.openTasks()} open tasks and {@code size.historyRows()}
 * rows of engine history ({@link OpenTaskSeed}), with the job executor off: only queries run. Seeding
 * the full size takes minutes, so {@code -Dbench.reuse=true} measures again on what the last run
 * seeded into the same database. Within a run of several parts ({@link #shareDuring}) the task list
 * and the SLA parts measure on one seed and one application start.
 *
 * @param reused whether the seed was found rather than written
 */
record SeededWorkload(BenchApp app, OpenTaskSeed.Seeded seeded, Instant now, boolean reused) implements AutoCloseable {

    private static final String DATABASE = "seeded";
    /** Whether a run shares the workload between its parts, and the one it has started so far. */
    private static boolean sharing;

    private static SeededWorkload shared;

    /** Runs {@code parts} with one workload for all of them, closed at the end. */
    static <T> T shareDuring(Callable<T> parts) throws Exception {
        sharing = true;
        try {
            return parts.call();
        } finally {
            sharing = false;
            if (shared != null) {
                shared.app.close();
                shared = null;
            }
        }
    }

    static SeededWorkload start(BenchmarkSize size) throws Exception {
        if (shared == null) {
            SeededWorkload started = startOn(DATABASE, size);
            if (!sharing) {
                return started;
            }
            shared = started;
        }
        return shared;
    }

    private static SeededWorkload startOn(String database, BenchmarkSize size) throws Exception {
        boolean reuse = Boolean.getBoolean("bench.reuse");
        MariaDbServer db = reuse ? existingOrFresh(database) : BenchDatabases.fresh(database);
        BenchApp app = BenchApp.on(db, Map.of("camunda.bpm.job-execution.enabled", "false"));
        try {
            Instant now = app.bean(Clock.class).instant();
            OpenTaskSeed seed = new OpenTaskSeed(app.bean(DataSource.class), app.bean(RepositoryService.class));
            OpenTaskSeed.Seeded found = reuse ? seed.found() : null;
            return found != null
                    ? new SeededWorkload(app, found, now, true)
                    : new SeededWorkload(app, seed.seed(size.openTasks(), size.historyRows(), now, 42), now, false);
        } catch (Exception | Error e) {
            app.close();
            throw e;
        }
    }

    private static MariaDbServer existingOrFresh(String database) {
        try {
            return BenchDatabases.existing(database);
        } catch (IllegalStateException nothingToReuse) {
            return BenchDatabases.fresh(database);
        }
    }

    /** The seed's line in the table. */
    Figure figure(String part) {
        return Figure.info(
                part,
                "seeded open tasks / history rows",
                String.format(
                        Locale.ROOT,
                        "%,d / %,d (%s)",
                        seeded.tasks(),
                        seeded.historyRows(),
                        reused
                                ? "reused from an earlier run"
                                : "seeded in " + seeded.took().toSeconds() + " s"));
    }

    /** Closes the application, unless the run shares it with a later part. */
    @Override
    public void close() {
        if (this != shared) {
            app.close();
        }
    }
}
