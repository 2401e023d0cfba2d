package org.safeguard.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safeguard.base.processes.InvestigationProcess;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.investigation.ExtensionDecision;
import org.safeguard.investigation.Finding;
import org.safeguard.investigation.FindingCode;
import org.safeguard.investigation.Investigations;
import org.safeguard.investigation.Report;
import org.safeguard.investigation.ReviewDecision;
import org.safeguard.investigation.StepNotes;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.CaseApi;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.EngagementFixture;
import org.safeguard.testsupport.MovableClock;
import org.safeguard.testsupport.MovingClocks;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SignedIn;
import org.safeguard.testsupport.SubjectGroupFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The {@code sla_clock} rows follow the engine in the transactions that change it, without a
 * rebuild: a task's clock ends MET when the task is completed in time, the Member State's reply
 * clock stays one open row that reads as breached once the engine's clock passes its target and its
 * reminder fires, and when the case's processes end no clock of the case stays open. A rebuild from
 * scratch gives exactly the rows the engine kept current. Reads the table itself, not only the
 * queries over it. Cases of May 2027, counted by their own references.
 */
@SafeguardIntegrationTest
@AutoConfigureObservability(metrics = true, tracing = false)
@Import(SlaClocksIT.Fixtures.class)
class SlaClockProjectionIT {

    /** A Monday, a week no other test uses. */
    static final Instant MONDAY = Instant.parse("2027-05-03T09:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    SlaClocks clocks;

    @Autowired
    SlaClockProjection projection;

    @Autowired
    CaseFiles cases;

    @Autowired
    Investigations investigations;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    DueJobs dueJobs;
    CaseApi caseApi;
    EngagementFixture.Engine engine;

    @RegisterExtension
    final MovingClocks time = new MovingClocks();

    @BeforeEach
    void startOnMonday() {
        dueJobs = new DueJobs(runtime, management);
        Api api = new Api(port);
        caseApi = new CaseApi(api, dueJobs);
        engine = EngagementFixture.Engine.of(api, context);
        time.moveTo(MONDAY);
    }

    @Test
    void the_rows_follow_the_engine_from_a_completed_task_to_a_fired_timer_to_the_end_of_the_case() {
        String reference = caseApi.registerReceivedAt(clock.instant());
        Map<String, Object> assessmentRow = row(reference, ClockKind.PRELIMINARY_ASSESSMENT);
        assertThat(assessmentRow.get("ended_at")).isNull();
        assertThat(assessmentRow.get("outcome")).isNull();

        time.moveTo(MONDAY.plus(Duration.ofHours(2)));
        engine.assessAsBreachAndContinue(reference);
        Map<String, Object> met = row(reference, ClockKind.PRELIMINARY_ASSESSMENT);
        assertThat(met.get("outcome")).isEqualTo("MET");
        assertThat(met.get("ended_at")).isNotNull();
        assertThat(met.get("clock_id")).isEqualTo(assessmentRow.get("clock_id"));

        engine.sendNoteVerbaleAndContinue(reference, "NV/2027/0503");
        Map<String, Object> waiting = row(reference, ClockKind.MEMBER_STATE_REPLY);
        assertThat(waiting.get("ended_at")).isNull();
        Instant target = ((java.sql.Timestamp) waiting.get("target_at")).toInstant();
        assertThat(stateOf(reference, ClockKind.MEMBER_STATE_REPLY)).isEqualTo(ClockState.RUNNING);

        time.moveTo(target.plusSeconds(60));
        assertThat(stateOf(reference, ClockKind.MEMBER_STATE_REPLY)).isEqualTo(ClockState.BREACHED);
        dueJobs.runFor(reference);
        Map<String, Object> fired = row(reference, ClockKind.MEMBER_STATE_REPLY);
        assertThat(fired.get("clock_id")).isEqualTo(waiting.get("clock_id"));
        assertThat(fired.get("ended_at"))
                .as("the ladder still runs: an open breach")
                .isNull();
        assertThat(stateOf(reference, ClockKind.MEMBER_STATE_REPLY)).isEqualTo(ClockState.BREACHED);

        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .rootProcessInstances()
                .list()) {
            runtime.deleteProcessInstance(instance.getId(), "case closed", true, true);
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM sla_clock WHERE case_reference = ? AND ended_at IS NULL",
                        Long.class,
                        reference))
                .isZero();
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT outcome FROM sla_clock WHERE case_reference = ?", String.class, reference))
                .doesNotContainNull();
    }

    @Test
    void a_rebuild_from_scratch_gives_the_rows_the_engine_kept_current() {
        String running = caseApi.registerReceivedAt(clock.instant());
        String assessed = caseApi.registerReceivedAt(clock.instant());
        engine.assessAsBreachAndContinue(assessed);
        String notified = caseApi.registerReceivedAt(clock.instant());
        engine.assessAsBreachAndContinue(notified);
        engine.sendNoteVerbaleAndContinue(notified, "NV/2027/0503");
        time.moveTo(MONDAY.plus(Duration.ofDays(40)));
        dueJobs.runFor(notified);
        List<Map<String, Object>> incremental = rowsOf(running, assessed, notified);
        assertThat(incremental).hasSizeGreaterThanOrEqualTo(6);

        projection.rebuild();

        assertThat(rowsOf(running, assessed, notified)).isEqualTo(incremental);
    }

    @Test
    void an_investigation_warned_extended_and_closed_keeps_the_rows_a_rebuild_gives() {
        SubjectGroupFixture group = SubjectGroupFixture.insert(jdbc);
        String reference = group.caseReference();
        ProcessInstance instance = runtime.startProcessInstanceByKey(
                "investigation",
                reference,
                Map.of(
                        "caseReference",
                        reference,
                        "subjectGroupId",
                        group.subjectGroupId(),
                        "investigatingBody",
                        "OVERSIGHT_OFFICE",
                        "victimConsentToShare",
                        false,
                        "allegationType",
                        "RAPE",
                        "minorInvolved",
                        false,
                        "personnelCategory",
                        "MILITARY_CONTINGENT"));
        Map<String, Object> opened = row(reference, ClockKind.INVESTIGATION);

        dueJobs.fireTimer(reference, "timer_first_warning");
        dueJobs.fireTimer(reference, "timer_second_warning");
        assertThat(row(reference, ClockKind.INVESTIGATION))
                .as("warnings note the clock, they do not move it")
                .isEqualTo(opened);

        investigations.requestExtension(group.subjectGroupId(), "Witness abroad");
        Instant extended =
                ((java.sql.Timestamp) opened.get("target_at")).toInstant().plus(Duration.ofDays(30));
        investigations.decideExtension(
                task(instance, InvestigationProcess.Element.user_approve_extension.id()),
                new ExtensionDecision(true, Date.from(extended), null));
        assertThat(((java.sql.Timestamp) row(reference, ClockKind.INVESTIGATION).get("target_at")).toInstant())
                .isEqualTo(extended);
        investigations.planInvestigation(
                task(instance, InvestigationProcess.Element.user_plan_investigation.id()), new StepNotes("Plan"));
        investigations.recordSubjectAndWitnessInterviews(
                task(instance, InvestigationProcess.Element.user_interview_subject_and_witnesses.id()),
                new StepNotes("Heard"));
        investigations.recordEvidence(
                task(instance, InvestigationProcess.Element.user_gather_evidence.id()), new StepNotes("Rosters"));
        investigations.submitReport(
                task(instance, InvestigationProcess.Element.user_write_report.id()), new Report("Final"));
        investigations.review(
                task(instance, InvestigationProcess.Element.user_review_report.id()), new ReviewDecision(true, null));
        investigations.recordFinding(
                task(instance, InvestigationProcess.Element.user_decide_finding.id()),
                new Finding(FindingCode.SUBSTANTIATED, "Corroborated"));
        assertThat(row(reference, ClockKind.INVESTIGATION).get("outcome")).isEqualTo("MET");
        List<Map<String, Object>> incremental = rowsOf(reference);

        projection.rebuild();

        assertThat(rowsOf(reference)).isEqualTo(incremental);
    }

    @Test
    void a_claim_and_a_new_due_date_set_the_tasks_clock_alone_as_a_rebuild_would() {
        String reference = caseApi.registerReceivedAt(clock.instant());
        Map<String, Object> before = row(reference, ClockKind.PRELIMINARY_ASSESSMENT);
        Instant due = MONDAY.plus(Duration.ofDays(3));

        tasks.claim(
                engine.openTask(reference, SeaCaseProcess.Element.user_assess_allegation.id())
                        .getId(),
                "intake");
        Task claimed = engine.openTask(reference, SeaCaseProcess.Element.user_assess_allegation.id());
        claimed.setDueDate(Date.from(due));
        tasks.saveTask(claimed);

        Map<String, Object> after = row(reference, ClockKind.PRELIMINARY_ASSESSMENT);
        assertThat(after.get("assignee")).isEqualTo("intake");
        assertThat(((java.sql.Timestamp) after.get("target_at")).toInstant()).isEqualTo(due);
        assertThat(after.get("id"))
                .as("the row was set, not the case's clocks derived again")
                .isEqualTo(before.get("id"));
        List<Map<String, Object>> incremental = rowsOf(reference, reference, reference);
        projection.rebuild();
        assertThat(rowsOf(reference, reference, reference)).isEqualTo(incremental);
    }

    private List<Map<String, Object>> rowsOf(String... references) {
        return jdbc.queryForList(
                "SELECT clock_id, kind, case_reference, entity_code, member_state, allegation_type,"
                        + " personnel_category, started_at, target_at, ended_at, outcome, paused_at, pause_reason, assignee,"
                        + " candidate_group FROM sla_clock WHERE case_reference IN ("
                        + String.join(", ", Collections.nCopies(references.length, "?")) + ") ORDER BY clock_id",
                (Object[]) references);
    }

    private String task(ProcessInstance instance, String step) {
        return tasks.createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(step)
                .singleResult()
                .getId();
    }

    private Map<String, Object> row(String reference, ClockKind kind) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT * FROM sla_clock WHERE case_reference = ? AND kind = ?", reference, kind.name());
        assertThat(rows).as("%s rows of %s", kind, reference).hasSize(1);
        return rows.get(0);
    }

    private ClockState stateOf(String reference, ClockKind kind) {
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            List<CaseClock> found = clocks.query(new SlaClockFilter(null, kind, reference, null, null), 0, 10);
            assertThat(found).hasSize(1);
            return found.get(0).state();
        }
    }
}
