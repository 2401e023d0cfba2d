package org.safeguard.worklist.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.TaskApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A staff case from intake to closure through Safeguard's own APIs alone: every person's step is
 * found in the task list, claimed and completed through {@code /api/tasks} by the role it is
 * offered to. Only the job executor's work (off in tests) is done here, by running due jobs.
 */
@SafeguardIntegrationTest
class TaskApiLifecycleIT {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    TaskApi tasks;
    DueJobs dueJobs;
    final List<String> completed = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        tasks = new TaskApi(api);
        dueJobs = new DueJobs(runtime, management);
    }

    @Test
    void a_staff_case_runs_from_intake_to_closure_through_the_task_api_alone() {
        String reference = Api.json(api.postCase(
                        "intake",
                        AllegationJson.anAllegation()
                                .withOnlySubject(PersonnelCategory.CIVILIAN_STAFF, null, "Logistics")
                                .withAdultVictim()
                                .json()))
                .get("reference")
                .asText();
        assertThat(api.send("intake", "PUT", "/api/cases/" + reference + "/team/investigator", null)
                        .statusCode())
                .isEqualTo(204);
        long groupId = Api.json(api.get("intake", "/api/cases/" + reference))
                .get("subjectGroups")
                .get(0)
                .get("id")
                .asLong();

        // The victim's track starts at once, beside the assessment.
        complete("vra", reference, "user_record_consent", "{\"given\":true,\"givenBy\":\"SELF\"}");
        complete("vra", reference, "user_assess_needs", "{\"needs\":[\"MEDICAL\"]}");
        complete(
                "vra",
                reference,
                "user_refer_to_provider",
                "{\"providerCode\":\"MSF-BGI\",\"providerName\":\"Clinic\"}");

        complete(
                "intake",
                reference,
                "user_assess_allegation",
                "{\"assessments\":[{\"subjectGroupId\":" + groupId + ",\"breachesStandards\":true}]}");
        complete("investigator", reference, "user_plan_investigation", "{\"summary\":\"Plan\"}");
        complete("investigator", reference, "user_interview_subject_and_witnesses", "{\"summary\":\"Interviews\"}");
        complete("investigator", reference, "user_gather_evidence", "{\"summary\":\"Evidence\"}");
        complete("investigator", reference, "user_write_report", "{\"summary\":\"Report\"}");
        complete("manager", reference, "user_review_report", "{\"accepted\":true}");
        complete(
                "investigator",
                reference,
                "user_decide_finding",
                "{\"code\":\"SUBSTANTIATED\",\"reasoning\":\"Corroborated by two witnesses\"}");
        complete(
                "manager",
                reference,
                "user_decide_disciplinary_measures",
                "{\"measures\":\"Separation from service\",\"reasons\":\"Substantiated transactional sex\"}");
        complete("intake", reference, "user_enter_screening_database", "{\"entryReference\":\"CR-2026-0001\"}");
        complete("vra", reference, "user_inform_victim", "{}");
        assertThat(Api.json(api.get("intake", "/api/cases/" + reference))
                        .get("status")
                        .asText())
                .isEqualTo("SUBSTANTIATED");

        // The victim is still assisted: the follow-up falls due, and the advocate ends the assistance.
        followUpFallsDue(reference);
        complete("vra", reference, "user_follow_up", "{\"continueAssistance\":false}");
        dueJobs.runFor(reference);

        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(reference)
                        .count())
                .isZero();
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(reference)
                        .list())
                .extracting(instance -> instance.getProcessDefinitionKey())
                .contains("sea-case", "victim-assistance", "investigation", "accountability");
        assertThat(jdbc.queryForList(
                        "SELECT target FROM audit_event WHERE action = 'TASK_COMPLETED' AND case_reference = ?",
                        String.class,
                        reference))
                .containsExactlyInAnyOrderElementsOf(completed);
    }

    @Test
    void each_role_lists_the_tasks_offered_to_it_with_the_schema_of_their_completion() {
        String reference = Api.json(api.postCase("intake", AllegationJson.EXAMPLE))
                .get("reference")
                .asText();
        dueJobs.runFor(reference);

        JsonNode assessment = tasks.find("intake", "MY_GROUPS", reference, "user_assess_allegation")
                .orElseThrow();
        assertThat(assessment.get("name").asText()).isEqualTo("Assess allegation");
        assertThat(assessment.get("due").asText()).isNotBlank();
        assertThat(assessment.hasNonNull("assignee")).isFalse();
        assertThat(assessment.get("completion").get("schema").asText())
                .isEqualTo("#/components/schemas/AssessAllegationBody");
        assertThat(tasks.find("vra", "MY_GROUPS", reference, "user_record_consent"))
                .isPresent();
        assertThat(tasks.find("vra", "MY_GROUPS", reference, "user_assess_allegation"))
                .isEmpty();
        assertThat(tasks.find("manager", "ALL", reference, "user_assess_allegation"))
                .isPresent();

        String id = tasks.claim("intake", reference, "user_assess_allegation");
        assertThat(tasks.find("intake", "MINE", reference, "user_assess_allegation"))
                .isPresent();
        JsonNode details = Api.json(api.get("intake", "/api/tasks/" + id));
        assertThat(details.get("task").get("assignee").asText()).isEqualTo("intake");
        assertThat(details.get("completionSchema").get("properties").has("assessments"))
                .isTrue();
        assertThat(details.get("referencedSchemas").has("GroupAssessment")).isTrue();
    }

    /** Claims the case's task of that kind as {@code user} (it must be in their groups' queue) and completes it. */
    private void complete(String user, String reference, String kind, String body) {
        dueJobs.runFor(reference);
        completed.add(tasks.claimAndComplete(user, reference, kind, body));
    }

    /** Time moves by the follow-up timer's job, as the job executor runs it once due. */
    private void followUpFallsDue(String reference) {
        dueJobs.runFor(reference);
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .processDefinitionKey("victim-assistance")
                .singleResult()
                .getId();
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(instance)
                .timers()
                .activityId("timer_follow_up_due")
                .singleResult()
                .getId());
    }
}
