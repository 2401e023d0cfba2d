package org.safeguard.process;

import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's tables lack for what Safeguard asks of them: open tasks sorted by due date
 * (the task lists) and jobs acquired by due date (the timers). They cannot be Flyway migrations:
 * on a fresh database Flyway runs before the engine has created its tables. Both databases
 * understand {@code CREATE INDEX IF NOT EXISTS}, so every start may ask again.
 */
@Component
class EngineIndexes {

    static final List<String> STATEMENTS = List.of(
            // The task list's order (due date, then creation, then id, which the index holds anyway),
            // so a page is read in index order and stops after its rows.
            "CREATE INDEX IF NOT EXISTS SG_IDX_TASK_DUE_CREATED ON ACT_RU_TASK (DUE_DATE_, CREATE_TIME_)",
            "CREATE INDEX IF NOT EXISTS SG_IDX_JOB_DUEDATE ON ACT_RU_JOB (DUEDATE_)");

    private final JdbcTemplate jdbc;

    EngineIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        STATEMENTS.forEach(jdbc::execute);
    }
}
