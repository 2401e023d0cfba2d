package org.safeguard.benchmark;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.base.processes.SeaCaseProcess.Variables;
import org.safeguard.casefile.NewAllegation;

/**
 * The engine alone starting {@code sea-case} as the intake starts it (CaseLifecycle: the case
 * reference as business key, the same five variables), in the same JVM and database, for cases
 * whose rows are written beforehand: the floor Safeguard's intake is compared with. What the
 * model itself does up to its first wait states (the first listener moves the case's status, the
 * deadline of the assessment task, the job that starts victim assistance) is in it.
 */
final class BareEngine {

    private final RuntimeService runtime;
    private final NewAllegation allegation;
    private final boolean minorInvolved;
    private final List<String> references;

    private BareEngine(
            RuntimeService runtime, NewAllegation allegation, boolean minorInvolved, List<String> references) {
        this.runtime = runtime;
        this.allegation = allegation;
        this.minorInvolved = minorInvolved;
        this.references = references;
    }

    /** Ready to start {@code starts} instances, one per case row written now. */
    static BareEngine prepare(BenchApp app, ExampleIntake example, int starts) throws Exception {
        List<String> references = CaseRows.addBare(
                app.bean(DataSource.class), example.allegation(), example.minorInvolved(), starts, Instant.now());
        return new BareEngine(
                app.bean(RuntimeService.class), example.allegation(), example.minorInvolved(), references);
    }

    int starts() {
        return references.size();
    }

    /** Starts the instance of the {@code index}th case. */
    void start(int index) {
        String reference = references.get(index);
        Map<String, Object> variables = new HashMap<>();
        Variables.CASE_REFERENCE.put(variables, reference);
        Variables.RECEIVED_AT.put(variables, Date.from(allegation.receivedAt()));
        Variables.ENTITY.put(variables, allegation.entity());
        Variables.ALLEGATION_TYPE.put(variables, allegation.allegationType().name());
        Variables.MINOR_INVOLVED.put(variables, minorInvolved);
        runtime.startProcessInstanceByKey(SeaCaseProcess.KEY, reference, variables);
    }

    /** Starts every prepared instance from {@code threads} threads. */
    ConcurrentCalls.Result startAll(int threads) throws Exception {
        return ConcurrentCalls.run(threads, starts(), this::start);
    }
}
