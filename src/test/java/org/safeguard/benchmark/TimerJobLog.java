package org.safeguard.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

/**
 * The engine's job log as the job executor writes it, heard in the application: the Camunda
 * starter publishes every history event as a Spring event (its eventing is on by default). A
 * success entry carries the job's due date and the engine's time at the end of the job, in
 * milliseconds; the {@code ACT_HI_JOB_LOG} table keeps the same instant in whole seconds on MariaDB,
 * too coarse for a lateness held to two seconds.
 */
final class TimerJobLog implements ApplicationListener<ApplicationEvent> {

    /** Per timer activity: when each of its jobs ended, in engine milliseconds, and its due date. */
    private final Map<String, ConcurrentLinkedQueue<Execution>> executed = new ConcurrentHashMap<>();

    private final AtomicInteger failures = new AtomicInteger();

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof PayloadApplicationEvent<?> payload
                && payload.getPayload() instanceof HistoricJobLogEvent log) {
            if (log.isFailureLog()) {
                failures.incrementAndGet();
            } else if (log.isSuccessLog() && log.getActivityId() != null && log.getJobDueDate() != null) {
                executed.computeIfAbsent(log.getActivityId(), id -> new ConcurrentLinkedQueue<>())
                        .add(new Execution(
                                log.getJobDueDate().getTime(),
                                log.getTimestamp().getTime()));
            }
        }
    }

    int executedAt(String activityId) {
        ConcurrentLinkedQueue<Execution> queue = executed.get(activityId);
        return queue == null ? 0 : queue.size();
    }

    /** The jobs of the activity that ended, in the order they ended. */
    List<Execution> executionsAt(String activityId) {
        List<Execution> all = new ArrayList<>(executed.getOrDefault(activityId, new ConcurrentLinkedQueue<>()));
        all.sort(Comparator.comparingLong(Execution::endedAt));
        return all;
    }

    /** Failed attempts of any job since the start, including retries that later succeeded. */
    int failures() {
        return failures.get();
    }

    /** One timer job: its due date and when it ended, both in engine milliseconds. */
    record Execution(long dueAt, long endedAt) {

        long latenessMillis() {
            return endedAt - dueAt;
        }
    }
}
