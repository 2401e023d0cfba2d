package org.safeguard.process;

import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's tables lack for what Safeguard asks of them: open tasks sorted by due date
 * (the task lists), jobs acquired by due date (the timers) and the SLA clocks' reads. They cannot be Flyway migrations:
 * on a fresh database Flyway runs before the engine has created its tables. Both databases
 * understand {@code CREATE INDEX IF NOT EXISTS}, so every start may ask again.
 */
@Component
class EngineIndexes {

    static final List<String> STATEMENTS = List.of(
            // The task list's order (due date, then creation, then id, which the index holds anyway),
            // so a page is read in index order and stops after its rows.
            "CREATE INDEX IF NOT EXISTS SG_IDX_TASK_DUE_CREATED ON ACT_RU_TASK (DUE_DATE_, CREATE_TIME_)",
            // The task list's free text searches task names: an index is far narrower to read than the table.
            "CREATE INDEX IF NOT EXISTS SG_IDX_TASK_NAME ON ACT_RU_TASK (NAME_)",
            // "My tasks" (ASSIGNEE_ = me) and "my groups' tasks" (ASSIGNEE_ IS NULL) in each order the
            // list offers, read in that order and stopped after the page. The first holds every column
            // the page's filter on the task needs, so a deep page reads no task row (intake's group
            // page at offset 10 000 read 95 000 task rows for 7 000 tasks in its groups).
            "CREATE INDEX IF NOT EXISTS SG_IDX_TASK_ASSIGNEE_DUE ON ACT_RU_TASK"
                    + " (ASSIGNEE_, DUE_DATE_, CREATE_TIME_, ID_, SUSPENSION_STATE_, PROC_INST_ID_)",
            "CREATE INDEX IF NOT EXISTS SG_IDX_TASK_ASSIGNEE_NAME ON ACT_RU_TASK (ASSIGNEE_, NAME_)",
            "CREATE INDEX IF NOT EXISTS SG_IDX_TASK_ASSIGNEE_CREATED ON ACT_RU_TASK (ASSIGNEE_, CREATE_TIME_)",
            // The tasks offered to a user's groups, from the index alone. Not (TASK_ID_, ...): InnoDB
            // then drops the engine's foreign-key index on TASK_ID_ and MariaDB's plans changed for the worse.
            "CREATE INDEX IF NOT EXISTS SG_IDX_IDENT_LNK_GROUP_TASK ON ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)",
            "CREATE INDEX IF NOT EXISTS SG_IDX_JOB_DUEDATE ON ACT_RU_JOB (DUEDATE_)",
            // SLA clocks (sla/SlaClocks): open tasks and ended tasks by definition key, ended
            // timers by their job, and the Member State of an instance by its variable.
            "CREATE INDEX IF NOT EXISTS SG_IDX_TASK_DEF_KEY ON ACT_RU_TASK (TASK_DEF_KEY_, DUE_DATE_)",
            "CREATE INDEX IF NOT EXISTS SG_IDX_HI_TASK_DEF_KEY ON ACT_HI_TASKINST (TASK_DEF_KEY_, END_TIME_)",
            "CREATE INDEX IF NOT EXISTS SG_IDX_HI_JOB_LOG_ACT ON ACT_HI_JOB_LOG (ACT_ID_, JOB_STATE_, PROCESS_DEF_KEY_)",
            "CREATE INDEX IF NOT EXISTS SG_IDX_HI_JOB_LOG_JOB ON ACT_HI_JOB_LOG (JOB_ID_, JOB_STATE_)",
            "CREATE INDEX IF NOT EXISTS SG_IDX_HI_VARINST_EXEC_NAME ON ACT_HI_VARINST (EXECUTION_ID_, NAME_)",
            "CREATE INDEX IF NOT EXISTS SG_IDX_VARIABLE_EXEC_NAME ON ACT_RU_VARIABLE (EXECUTION_ID_, NAME_)");

    private final JdbcTemplate jdbc;

    EngineIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        STATEMENTS.forEach(jdbc::execute);
    }
}
