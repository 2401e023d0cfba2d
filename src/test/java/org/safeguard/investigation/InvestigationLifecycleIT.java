package org.safeguard.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SubjectGroupFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investigation model driven through the feature's service only, with the real delegates,
 * mapper and engine: what people write lands in the tables, the engine holds codes.
 */
@SafeguardIntegrationTest
@Transactional
class InvestigationLifecycleIT {

    @Autowired
    Investigations investigations;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_investigation_with_rework_and_an_extension_closes_with_its_finding() {
        SubjectGroupFixture group = SubjectGroupFixture.insert(jdbc);
        ProcessInstance instance = start(group);

        investigations.planInvestigation(task(instance, "user_plan_investigation"), new StepNotes("Plan"));
        investigations.recordSubjectAndWitnessInterviews(
                task(instance, "user_interview_subject_and_witnesses"),
                new StepNotes("Subject and two witnesses heard"));
        investigations.recordEvidence(task(instance, "user_gather_evidence"), new StepNotes("Duty rosters"));
        investigations.submitReport(task(instance, "user_write_report"), new Report("Draft"));
        investigations.review(task(instance, "user_review_report"), new ReviewDecision(false, "Hear the driver"));
        investigations.submitReport(task(instance, "user_write_report"), new Report("Final"));
        investigations.review(task(instance, "user_review_report"), new ReviewDecision(true, null));

        investigations.requestExtension(group.subjectGroupId(), "Driver abroad");
        ExtensionRequest asked = investigations.extensionRequest(task(instance, "user_approve_extension"));
        assertThat(asked.reason()).isEqualTo("Driver abroad");
        assertThat(asked.currentDueAt()).isNotNull();
        Date newDue = Date.from(((Date) runtime.getVariable(instance.getId(), "investigationDueAt"))
                .toInstant()
                .plus(Duration.ofDays(30)));
        investigations.decideExtension(
                task(instance, "user_approve_extension"), new ExtensionDecision(true, newDue, null));
        assertThat(runtime.getVariable(instance.getId(), "investigationDueAt")).isEqualTo(newDue);

        investigations.recordFinding(
                task(instance, "user_decide_finding"), new Finding(FindingCode.SUBSTANTIATED, "Corroborated"));

        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT finding FROM investigation WHERE subject_group_id = ?",
                        String.class,
                        group.subjectGroupId()))
                .isEqualTo("SUBSTANTIATED");
        assertThat(jdbc.queryForList(
                        "SELECT e.type FROM investigation_event e JOIN investigation i"
                                + " ON i.id = e.investigation_id WHERE i.subject_group_id = ? ORDER BY e.id",
                        String.class,
                        group.subjectGroupId()))
                .containsExactly(
                        "OPENED",
                        "PLANNED",
                        "SUBJECT_AND_WITNESSES_INTERVIEWED",
                        "EVIDENCE_GATHERED",
                        "REPORT_SUBMITTED",
                        "REWORK",
                        "REPORT_SUBMITTED",
                        "REPORT_ACCEPTED",
                        "EXTENSION_REQUESTED",
                        "EXTENSION_APPROVED",
                        "FINDING");
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM case_file WHERE reference = ?", String.class, group.caseReference()))
                .isEqualTo("UNDER_INVESTIGATION");
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(instance.getId())
                        .variableValueEquals("summary", "Draft")
                        .count())
                .isZero();
    }

    @Test
    void a_warning_is_addressed_to_whoever_works_on_the_investigation_and_else_to_the_investigators() {
        SubjectGroupFixture worked = SubjectGroupFixture.insert(jdbc);
        ProcessInstance instance = start(worked);
        tasks.setAssignee(task(instance, "user_plan_investigation"), "investigator1");
        SubjectGroupFixture waiting = SubjectGroupFixture.insert(jdbc);
        start(waiting);

        DueJobs due = new DueJobs(runtime, management);
        due.fireTimer(worked.caseReference(), "timer_first_warning");
        due.fireTimer(waiting.caseReference(), "timer_first_warning");

        assertThat(warningAddressee(worked)).isEqualTo("investigator1");
        assertThat(warningAddressee(waiting)).isEqualTo("group:investigator");
    }

    private ProcessInstance start(SubjectGroupFixture group) {
        return runtime.startProcessInstanceByKey(
                "investigation",
                group.caseReference(),
                Map.of(
                        "caseReference",
                        group.caseReference(),
                        "subjectGroupId",
                        group.subjectGroupId(),
                        "investigatingBody",
                        "OVERSIGHT_OFFICE",
                        "victimConsentToShare",
                        false));
    }

    private String warningAddressee(SubjectGroupFixture group) {
        return jdbc.queryForObject(
                "SELECT e.addressed_to FROM investigation_event e JOIN investigation i"
                        + " ON i.id = e.investigation_id WHERE i.subject_group_id = ? AND e.type = 'WARNING'",
                String.class,
                group.subjectGroupId());
    }

    private String task(ProcessInstance instance, String step) {
        return tasks.createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(step)
                .singleResult()
                .getId();
    }
}
