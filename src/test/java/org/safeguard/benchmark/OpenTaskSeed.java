package org.safeguard.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.CaseStatus;
import org.safeguard.casefile.IntakeChannel;
import org.safeguard.casefile.PersonnelCategory;

/**
 * Fills a MariaDB database on which Safeguard has started (migrations run, models deployed) with
 * a realistic open workload: N cases across entities, allegation types, personnel categories and
 * nationalities, each with one process instance waiting at one of the deployed models' user tasks
 * (its candidate group from the model, due dates spread around now, a quarter assigned), the
 * instance's business key being the case reference as the task list expects; optionally the
 * engine history of those instances (ACT_HI_PROCINST, and ACT_HI_TASKINST / ACT_HI_ACTINST rows
 * for the open task and earlier completed ones) up to a given number of rows, for the dashboard
 * and SLA benchmarks.
 *
 * <p>Rows go straight into the engine's tables with multi-row inserts: starting 100 000
 * instances through the engine (each one an intake, a decision, async jobs and full history)
 * takes hours on two cores, this takes minutes. The rows are what the engine itself writes for an
 * instance waiting at a user task (columns of {@code activiti.mysql.create.engine.sql}, REV_ 1,
 * SUSPENSION_STATE_ 1 active, TASK_STATE_ Created, the execution's cached-entity state saying it
 * has tasks), so the engine's own queries, claims and history queries work on them; the task
 * list benchmark checks that before it measures. Deterministic for a given random seed.
 */
public final class OpenTaskSeed {

    /** Uniformed personnel come from troop- and police-contributing countries; these are frequent ones. */
    private static final List<String> NATIONALITIES = List.of(
            "BD", "NP", "IN", "PK", "RW", "ET", "GH", "SN", "EG", "ID", "CN", "TZ", "ZA", "MA", "NG", "CM", "ZM", "TG",
            "BF", "NE", "MW", "BJ", "GA", "BI", "CA", "UY", "FR", "BR", "MN", "JO");
    /** The mission of the demo intake officer gets a large share, so their lists are long. */
    static final String BUSY_ENTITY = "MINUSCA";
    /** The investigators of the demo accounts are on the team of about this share of cases each. */
    private static final double TEAM_SHARE = 0.03;

    private final DataSource dataSource;
    private final RepositoryService repository;

    public OpenTaskSeed(DataSource dataSource, RepositoryService repository) {
        this.dataSource = dataSource;
        this.repository = repository;
    }

    /** What was inserted; {@code firstCaseNumber} is the number in the first seeded reference. */
    public record Seeded(int cases, int tasks, long historyRows, long firstCaseNumber, Duration took) {}

    /**
     * @param openTasks   cases, each with one open task
     * @param historyRows rows of ACT_HI_TASKINST plus ACT_HI_ACTINST to write; 0 writes no history
     */
    public Seeded seed(int openTasks, long historyRows, Instant now, long randomSeed) throws SQLException {
        long start = System.nanoTime();
        List<TaskKind> kinds = userTasks();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement session = connection.createStatement()) {
                // Rows are sent table by table in batches, so a child batch (subjects) may reach the
                // server before its parents' batch (their groups); every reference is consistent by
                // construction, the checks only force an order the batches cannot keep.
                session.execute("SET SESSION foreign_key_checks = 0");
            }
            Ids ids = new Ids(
                    next(connection, "SELECT MAX(id) FROM case_file"),
                    next(connection, "SELECT MAX(id) FROM subject_group"),
                    next(connection, "SELECT MAX(id) FROM subject"));
            List<String> entities = codes(connection, "SELECT code FROM entity ORDER BY code");
            Writer writer = new Writer(
                    connection,
                    new Random(randomSeed),
                    now,
                    kinds,
                    entities,
                    ids,
                    historyRows > 0,
                    completedPairs(openTasks, historyRows));
            long history = writer.write(openTasks);
            try (Statement statement = connection.createStatement()) {
                // The next intake takes the number after the seeded ones, as if they had come in through it.
                statement.execute("SELECT SETVAL(case_file_seq, " + (ids.firstCase + openTasks) + ")");
                statement.execute("SET SESSION foreign_key_checks = 1");
            }
            connection.commit();
            return new Seeded(
                    openTasks, openTasks, history, ids.firstCase, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * What an earlier run seeded into this database, so a benchmark can measure again without
     * seeding again ({@code -Dbench.reuse=true}); null when nothing was seeded.
     */
    public Seeded found() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*), MIN(c.id) FROM case_file c"
                        + " JOIN ACT_RU_EXECUTION p ON p.BUSINESS_KEY_ = c.reference AND p.ID_ = p.PROC_INST_ID_"
                        + " WHERE p.ID_ LIKE '"
                        + EngineId.of(EngineId.INSTANCE, 0).substring(0, 13) + "%'")) {
            rows.next();
            int cases = rows.getInt(1);
            if (cases == 0) {
                return null;
            }
            // The seeded instances' history only: the demo data's own history says nothing of a seed without any.
            String seededInstance = " WHERE PROC_INST_ID_ LIKE '"
                    + EngineId.of(EngineId.INSTANCE, 0).substring(0, 13) + "%'";
            long history = single(connection, "SELECT COUNT(*) FROM ACT_HI_TASKINST" + seededInstance)
                    + single(connection, "SELECT COUNT(*) FROM ACT_HI_ACTINST" + seededInstance);
            return new Seeded(cases, cases, history, rows.getLong(2), Duration.ZERO);
        }
    }

    /** Three history rows per instance are for its open task and start; the rest are completed tasks, two rows each. */
    private static long completedPairs(int openTasks, long historyRows) {
        return historyRows <= 0 ? 0 : Math.max(0, (historyRows - 3L * openTasks) / 2);
    }

    /**
     * The user tasks of the latest deployed models with a fixed candidate group that an instance can
     * wait at with one execution per scope: at the process level or in embedded subprocesses, and
     * neither they nor their subprocesses carry boundary events (those would need timer jobs and
     * event subscriptions as well) or are multi-instance (a body scope and loop variables); tasks of
     * event subprocesses are left out for the same reason.
     */
    private List<TaskKind> userTasks() {
        List<TaskKind> kinds = new ArrayList<>();
        for (ProcessDefinition definition :
                repository.createProcessDefinitionQuery().latestVersion().list()) {
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            Process process = model.getModelElementById(definition.getKey());
            String startEvent = process.getChildElementsByType(StartEvent.class)
                    .iterator()
                    .next()
                    .getId();
            Set<String> withBoundaryEvents = model.getModelElementsByType(BoundaryEvent.class).stream()
                    .map(event -> event.getAttachedTo().getId())
                    .collect(Collectors.toSet());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String group = task.getCamundaCandidateGroups();
                List<String> scopes = scopes(task, withBoundaryEvents);
                if (group != null && !group.contains("$") && !group.contains(",") && scopes != null) {
                    kinds.add(new TaskKind(
                            definition.getId(),
                            definition.getKey(),
                            startEvent,
                            scopes,
                            task.getId(),
                            task.getName(),
                            group));
                }
            }
        }
        if (kinds.isEmpty()) {
            throw new IllegalStateException("No deployed user task with a fixed candidate group to seed");
        }
        return kinds;
    }

    /** The embedded subprocesses around a task, outermost first; null when the task cannot be seeded simply. */
    private static List<String> scopes(UserTask task, Set<String> withBoundaryEvents) {
        if (withBoundaryEvents.contains(task.getId()) || task.getLoopCharacteristics() != null) {
            return null;
        }
        List<String> scopes = new ArrayList<>();
        ModelElementInstance parent = task.getParentElement();
        while (parent instanceof SubProcess subProcess) {
            if (subProcess.triggeredByEvent()
                    || withBoundaryEvents.contains(subProcess.getId())
                    || subProcess.getLoopCharacteristics() != null) {
                return null;
            }
            scopes.add(0, subProcess.getId());
            parent = subProcess.getParentElement();
        }
        return scopes;
    }

    private static long next(Connection connection, String maxQuery) throws SQLException {
        return single(connection, maxQuery) + 1;
    }

    private static long single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> codes(Connection connection, String query) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes;
    }

    /** @param scopes the embedded subprocesses the task is in, outermost first */
    record TaskKind(
            String definitionId,
            String processKey,
            String startEvent,
            List<String> scopes,
            String id,
            String name,
            String group) {}

    private static final class Ids {
        final long firstCase;
        long group;
        long subject;

        Ids(long firstCase, long group, long subject) {
            this.firstCase = firstCase;
            this.group = group;
            this.subject = subject;
        }
    }

    /** One pass over the cases, each table fed through its own multi-row insert. */
    private static final class Writer {

        private final Connection connection;
        private final Random random;
        private final Instant now;
        private final List<TaskKind> kinds;
        private final List<String> entities;
        private final Ids ids;
        private final boolean history;
        private final long completedPairs;

        Writer(
                Connection connection,
                Random random,
                Instant now,
                List<TaskKind> kinds,
                List<String> entities,
                Ids ids,
                boolean history,
                long completedPairs) {
            this.connection = connection;
            this.random = random;
            this.now = now.truncatedTo(ChronoUnit.SECONDS);
            this.kinds = kinds;
            this.entities = entities;
            this.ids = ids;
            this.history = history;
            this.completedPairs = completedPairs;
        }

        long write(int cases) throws SQLException {
            Tables tables = new Tables(connection);
            try (tables) {
                for (int i = 0; i < cases; i++) {
                    long pairs = completedPairs / cases + (i < completedPairs % cases ? 1 : 0);
                    writeCase(tables, i, pairs);
                }
            }
            return tables.historyRows();
        }

        private void writeCase(Tables t, int index, long completedTasks) throws SQLException {
            long caseId = ids.firstCase + index;
            Instant received = now.minus(Duration.ofMinutes(random.nextInt(720 * 24 * 60)));
            String reference = CaseRows.reference(received, caseId);
            String entity = random.nextDouble() < 0.3 ? BUSY_ENTITY : entities.get(random.nextInt(entities.size()));
            AllegationType type = pick(AllegationType.values());
            t.cases.add(
                    caseId,
                    reference,
                    received,
                    received,
                    "intake",
                    pick(IntakeChannel.values()).name(),
                    entity,
                    "Duty station " + random.nextInt(40),
                    received.atZone(ZoneOffset.UTC).toLocalDate().minusDays(random.nextInt(60)),
                    type.name(),
                    random.nextInt(4) == 0,
                    "Seeded allegation " + reference,
                    pick(CaseStatus.values()).name());
            writeSubjects(t, caseId);
            if (random.nextDouble() < TEAM_SHARE) {
                t.team.add(caseId, "investigator", "manager", received);
            }
            if (random.nextDouble() < TEAM_SHARE) {
                t.team.add(caseId, "investigator2", "manager", received);
            }
            writeInstance(t, index, reference, entity, received, completedTasks);
        }

        private void writeSubjects(Tables t, long caseId) throws SQLException {
            double roll = random.nextDouble();
            int groups = roll < 0.7 ? 1 : roll < 0.95 ? 2 : 3;
            for (int g = 0; g < groups; g++) {
                long groupId = ids.group++;
                PersonnelCategory category = pick(PersonnelCategory.values());
                String nationality = category.isUniformed() || random.nextBoolean()
                        ? NATIONALITIES.get(random.nextInt(NATIONALITIES.size()))
                        : null;
                t.groups.add(groupId, caseId, category.name(), nationality);
                t.subjects.add(ids.subject++, groupId, random.nextBoolean() ? "Unit " + random.nextInt(300) : null);
            }
        }

        private void writeInstance(
                Tables t, int index, String reference, String entity, Instant received, long completedTasks)
                throws SQLException {
            TaskKind kind = kinds.get(random.nextInt(kinds.size()));
            String instance = EngineId.of(EngineId.INSTANCE, index);
            String task = EngineId.of(EngineId.TASK, index);
            String activityInstance = EngineId.activityInstance(kind.id(), task);
            Instant created = received.plus(Duration.between(received, now)
                    .multipliedBy(random.nextInt(100))
                    .dividedBy(100));
            Instant due = due();
            String assignee = assignee(kind.group(), entity);
            List<String> scopes = kind.scopes();
            List<String> scopeInstances = new ArrayList<>();
            for (String scope : scopes) {
                scopeInstances.add(EngineId.activityInstance(
                        scope, EngineId.of(EngineId.SCOPE, index * 8L + scopeInstances.size())));
            }
            // An instance waiting at one user task, as the engine leaves it: one scope execution per
            // scope (the process instance, then one per embedded subprocess), each parent pointing at
            // the subprocess its child runs; the innermost is the task's execution, active, and its
            // cached state says it has tasks (bit 2).
            String execution = instance;
            for (int depth = 0; depth <= scopes.size(); depth++) {
                boolean leaf = depth == scopes.size();
                String id = depth == 0 ? instance : EngineId.of(EngineId.EXECUTION, index * 8L + depth);
                t.executions.add(
                        id,
                        1,
                        depth == 0 ? instance : null,
                        instance,
                        depth == 0 ? reference : null,
                        depth == 0 ? null : execution,
                        kind.definitionId(),
                        leaf ? kind.id() : scopes.get(depth),
                        leaf ? activityInstance : scopeInstances.get(depth),
                        leaf ? 1 : 0,
                        0,
                        1,
                        0,
                        1,
                        leaf ? 2 : 0,
                        depth + 1L,
                        kind.processKey());
                execution = id;
            }
            t.tasks.add(
                    task,
                    1,
                    execution,
                    instance,
                    kind.definitionId(),
                    kind.name(),
                    kind.id(),
                    assignee,
                    50,
                    created,
                    created,
                    due,
                    1,
                    "Created");
            t.links.add(EngineId.of(EngineId.LINK, index), 1, kind.group(), "candidate", task);
            if (history) {
                t.processes.add(
                        instance,
                        instance,
                        reference,
                        kind.processKey(),
                        kind.definitionId(),
                        received,
                        "intake",
                        kind.startEvent(),
                        instance,
                        "ACTIVE");
                t.activities.add(
                        EngineId.activityInstance(kind.startEvent(), instance),
                        instance,
                        kind.processKey(),
                        kind.definitionId(),
                        instance,
                        instance,
                        instance,
                        kind.startEvent(),
                        null,
                        "startEvent",
                        null,
                        received,
                        received,
                        0L,
                        0,
                        1L);
                writeCompleted(t, index, instance, kind, received, created, completedTasks);
                String parent = instance;
                for (int depth = 0; depth < scopes.size(); depth++) {
                    t.activities.add(
                            scopeInstances.get(depth),
                            parent,
                            kind.processKey(),
                            kind.definitionId(),
                            instance,
                            instance,
                            instance,
                            scopes.get(depth),
                            null,
                            "subProcess",
                            null,
                            received,
                            null,
                            null,
                            0,
                            2L);
                    parent = scopeInstances.get(depth);
                }
                t.activities.add(
                        activityInstance,
                        parent,
                        kind.processKey(),
                        kind.definitionId(),
                        instance,
                        instance,
                        execution,
                        kind.id(),
                        task,
                        "userTask",
                        assignee,
                        created,
                        null,
                        null,
                        0,
                        2L);
                t.taskHistory.add(
                        task,
                        kind.id(),
                        kind.processKey(),
                        kind.definitionId(),
                        instance,
                        instance,
                        execution,
                        activityInstance,
                        kind.name(),
                        assignee,
                        created,
                        null,
                        null,
                        null,
                        50,
                        due,
                        "Created");
            }
        }

        /** Tasks done before the open one, spread over the time between intake and its creation. */
        private void writeCompleted(
                Tables t, int index, String instance, TaskKind current, Instant received, Instant until, long count)
                throws SQLException {
            long span = Math.max(1, Duration.between(received, until).toSeconds());
            for (long n = 0; n < count; n++) {
                TaskKind kind = kinds.get(random.nextInt(kinds.size()));
                if (!kind.processKey().equals(current.processKey())) {
                    kind = current;
                }
                String task = EngineId.of(EngineId.DONE_TASK, index * 1000L + n);
                String activityInstance = EngineId.activityInstance(kind.id(), task);
                Instant started = received.plusSeconds(span * n / count);
                Instant ended = started.plusSeconds(1 + (long) (random.nextDouble() * span / count));
                long millis = Duration.between(started, ended).toMillis();
                String assignee = assignee(kind.group(), null);
                Instant due = started.plus(Duration.ofDays(5 + random.nextInt(20)));
                t.activities.add(
                        activityInstance,
                        instance,
                        kind.processKey(),
                        kind.definitionId(),
                        instance,
                        instance,
                        instance,
                        kind.id(),
                        task,
                        "userTask",
                        assignee,
                        started,
                        ended,
                        millis,
                        4,
                        3L + 2 * n);
                t.taskHistory.add(
                        task,
                        kind.id(),
                        kind.processKey(),
                        kind.definitionId(),
                        instance,
                        instance,
                        instance,
                        activityInstance,
                        kind.name(),
                        assignee == null ? "seeded-user" : assignee,
                        started,
                        ended,
                        millis,
                        "completed",
                        50,
                        due,
                        "Completed");
            }
        }

        /** A quarter overdue (up to 30 days), a tenth at risk (within two days), 5% without a date, the rest on track. */
        private Instant due() {
            double roll = random.nextDouble();
            if (roll < 0.05) {
                return null;
            }
            long minutes;
            if (roll < 0.30) {
                minutes = -1 - random.nextInt(30 * 24 * 60);
            } else if (roll < 0.40) {
                minutes = random.nextInt(2 * 24 * 60);
            } else {
                minutes = 2 * 24 * 60 + random.nextInt(58 * 24 * 60);
            }
            return now.plus(Duration.ofMinutes(minutes));
        }

        /** A quarter of the tasks are claimed; the demo users get a share of those in their groups. */
        private String assignee(String group, String entity) {
            if (random.nextInt(4) != 0) {
                return null;
            }
            boolean demoUser = random.nextInt(5) == 0;
            return switch (group) {
                case "intake" -> demoUser && BUSY_ENTITY.equals(entity) ? "intake" : "officer-" + random.nextInt(60);
                case "investigator" -> demoUser ? "investigator" : "investigator-" + random.nextInt(40);
                case "manager" -> demoUser ? "manager" : "manager-" + random.nextInt(5);
                default -> group + "-" + random.nextInt(20);
            };
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }
    }

    /** Engine ids: UUID-shaped like the engine's own, but ordered, so the inserts append to the indexes. */
    static final class EngineId {
        static final int INSTANCE = 1;
        static final int TASK = 2;
        static final int LINK = 3;
        static final int DONE_TASK = 4;
        static final int EXECUTION = 5;
        static final int SCOPE = 6;

        static String of(int kind, long number) {
            return "%08x-5eed-4000-8000-%012x".formatted(kind, number);
        }

        /** As the engine names activity instances: activity id and id, or the id alone when that is too long. */
        static String activityInstance(String activityId, String id) {
            String name = activityId + ":" + id;
            return name.length() > 64 ? id : name;
        }

        private EngineId() {}
    }

    /** The inserts of one seeding run, closed (flushed) parents first. */
    private static final class Tables implements AutoCloseable {
        final MultiRowInsert cases;
        final MultiRowInsert groups;
        final MultiRowInsert subjects;
        final MultiRowInsert team;
        final MultiRowInsert executions;
        final MultiRowInsert tasks;
        final MultiRowInsert links;
        final MultiRowInsert processes;
        final MultiRowInsert activities;
        final MultiRowInsert taskHistory;

        Tables(Connection c) {
            cases = CaseRows.into(c);
            groups = new MultiRowInsert(c, "subject_group", "id", "case_id", "personnel_category", "nationality");
            subjects = new MultiRowInsert(c, "subject", "id", "subject_group_id", "unit");
            team = new MultiRowInsert(c, "case_team_member", "case_id", "username", "added_by", "added_at");
            executions = new MultiRowInsert(
                    c,
                    "ACT_RU_EXECUTION",
                    "ID_",
                    "REV_",
                    "ROOT_PROC_INST_ID_",
                    "PROC_INST_ID_",
                    "BUSINESS_KEY_",
                    "PARENT_ID_",
                    "PROC_DEF_ID_",
                    "ACT_ID_",
                    "ACT_INST_ID_",
                    "IS_ACTIVE_",
                    "IS_CONCURRENT_",
                    "IS_SCOPE_",
                    "IS_EVENT_SCOPE_",
                    "SUSPENSION_STATE_",
                    "CACHED_ENT_STATE_",
                    "SEQUENCE_COUNTER_",
                    "PROC_DEF_KEY_");
            tasks = new MultiRowInsert(
                    c,
                    "ACT_RU_TASK",
                    "ID_",
                    "REV_",
                    "EXECUTION_ID_",
                    "PROC_INST_ID_",
                    "PROC_DEF_ID_",
                    "NAME_",
                    "TASK_DEF_KEY_",
                    "ASSIGNEE_",
                    "PRIORITY_",
                    "CREATE_TIME_",
                    "LAST_UPDATED_",
                    "DUE_DATE_",
                    "SUSPENSION_STATE_",
                    "TASK_STATE_");
            links = new MultiRowInsert(c, "ACT_RU_IDENTITYLINK", "ID_", "REV_", "GROUP_ID_", "TYPE_", "TASK_ID_");
            processes = new MultiRowInsert(
                    c,
                    "ACT_HI_PROCINST",
                    "ID_",
                    "PROC_INST_ID_",
                    "BUSINESS_KEY_",
                    "PROC_DEF_KEY_",
                    "PROC_DEF_ID_",
                    "START_TIME_",
                    "START_USER_ID_",
                    "START_ACT_ID_",
                    "ROOT_PROC_INST_ID_",
                    "STATE_");
            activities = new MultiRowInsert(
                    c,
                    "ACT_HI_ACTINST",
                    "ID_",
                    "PARENT_ACT_INST_ID_",
                    "PROC_DEF_KEY_",
                    "PROC_DEF_ID_",
                    "ROOT_PROC_INST_ID_",
                    "PROC_INST_ID_",
                    "EXECUTION_ID_",
                    "ACT_ID_",
                    "TASK_ID_",
                    "ACT_TYPE_",
                    "ASSIGNEE_",
                    "START_TIME_",
                    "END_TIME_",
                    "DURATION_",
                    "ACT_INST_STATE_",
                    "SEQUENCE_COUNTER_");
            taskHistory = new MultiRowInsert(
                    c,
                    "ACT_HI_TASKINST",
                    "ID_",
                    "TASK_DEF_KEY_",
                    "PROC_DEF_KEY_",
                    "PROC_DEF_ID_",
                    "ROOT_PROC_INST_ID_",
                    "PROC_INST_ID_",
                    "EXECUTION_ID_",
                    "ACT_INST_ID_",
                    "NAME_",
                    "ASSIGNEE_",
                    "START_TIME_",
                    "END_TIME_",
                    "DURATION_",
                    "DELETE_REASON_",
                    "PRIORITY_",
                    "DUE_DATE_",
                    "TASK_STATE_");
        }

        long historyRows() {
            return activities.inserted() + taskHistory.inserted();
        }

        @Override
        public void close() throws SQLException {
            for (MultiRowInsert insert : List.of(
                    cases, groups, subjects, team, executions, tasks, links, processes, activities, taskHistory)) {
                insert.close();
            }
        }
    }
}
