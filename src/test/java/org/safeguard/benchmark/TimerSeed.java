package org.safeguard.benchmark;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.safeguard.base.processes.InvestigationProcess;
import org.safeguard.base.processes.InvestigationProcess.Variables;
import org.safeguard.investigation.InvestigatingBody;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The investigations whose target clocks the timer part drains: one case with one subject group
 * per timer, written in batches (the investigation only needs them to exist), then the real
 * {@code investigation} model started for each, as the case's routing would start it. Its first
 * warning (50 % of the target used) is the timer; firing it records the warning on the
 * investigation file and waits for the second warning, which is what a real warning costs.
 */
final class TimerSeed {

    /** Far above the ids the demo data and the other tests use. */
    private static final long FIRST_CASE_ID = 7_000_000L;

    private static final int BATCH = 1_000;
    /** Two per core: a start waits on the database about as long as it computes. */
    private static final int STARTING_THREADS = 2 * Runtime.getRuntime().availableProcessors();

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;

    TimerSeed(JdbcTemplate jdbc, RuntimeService runtime) {
        this.jdbc = jdbc;
        this.runtime = runtime;
    }

    /** Writes {@code count} cases and starts an investigation of each; returns how many started. */
    int investigations(int count) throws Exception {
        List<Map.Entry<String, Long>> groups = new ArrayList<>(count);
        for (int from = 0; from < count; from += BATCH) {
            groups.addAll(cases(from, Math.min(count, from + BATCH)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(STARTING_THREADS);
        try {
            List<Future<?>> starts = new ArrayList<>(count);
            for (Map.Entry<String, Long> group : groups) {
                starts.add(pool.submit(() -> start(group.getKey(), group.getValue())));
            }
            for (Future<?> start : starts) {
                start.get();
            }
            return starts.size();
        } finally {
            pool.shutdown();
        }
    }

    private List<Map.Entry<String, Long>> cases(int from, int to) {
        Timestamp received = Timestamp.from(Instant.now());
        String entity = jdbc.queryForObject("SELECT MIN(code) FROM entity", String.class);
        List<Object[]> caseRows = new ArrayList<>();
        List<Object[]> groupRows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            long id = FIRST_CASE_ID + i;
            caseRows.add(new Object[] {id, reference(id), received, received, entity});
            groupRows.add(new Object[] {id});
        }
        jdbc.batchUpdate(
                "INSERT INTO case_file (id, reference, received_at, recorded_at, recorded_by, channel,"
                        + " entity_code, duty_station, allegation_type, minor_involved, summary, status)"
                        + " VALUES (?, ?, ?, ?, 'benchmark', 'EMAIL', ?, 'Bangui', 'RAPE', FALSE, 'benchmark', 'RECEIVED')",
                caseRows);
        jdbc.batchUpdate(
                "INSERT INTO subject_group (case_id, personnel_category) VALUES (?, 'MILITARY_CONTINGENT')", groupRows);
        return jdbc.query(
                "SELECT case_id, id FROM subject_group WHERE case_id BETWEEN ? AND ?",
                (row, n) -> Map.entry(reference(row.getLong(1)), row.getLong(2)),
                FIRST_CASE_ID + from,
                FIRST_CASE_ID + to - 1);
    }

    private void start(String caseReference, long subjectGroupId) {
        runtime.startProcessInstanceByKey(
                InvestigationProcess.KEY,
                caseReference,
                Map.of(
                        Variables.CASE_REFERENCE.name(),
                        caseReference,
                        Variables.SUBJECT_GROUP_ID.name(),
                        subjectGroupId,
                        Variables.INVESTIGATING_BODY.name(),
                        InvestigatingBody.OVERSIGHT_OFFICE.name(),
                        Variables.VICTIM_CONSENT_TO_SHARE.name(),
                        false));
    }

    private static String reference(long caseId) {
        return "SEA-B-" + caseId;
    }
}
