package org.safeguard.worklist.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.testsupport.TaskApi.assertRefused;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.accountability.MeasureKind;
import org.safeguard.accountability.RecordedMeasure;
import org.safeguard.accountability.RecordedMeasures;
import org.safeguard.base.processes.AccountabilityProcess;
import org.safeguard.base.processes.AccountabilityProcess.Variables;
import org.safeguard.base.security.Role;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.CaseApi;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.EngagementFixture;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SignedIn;
import org.safeguard.testsupport.TaskApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The accountability tasks the lifecycle test does not reach, completed through {@code /api/tasks}:
 * a contingent's national finding of substantiated asks intake for the withheld payments while
 * Canada is asked for the actions taken; a responsible entity's measures are recorded on an
 * accountability process started for an implementing partner's group (the case lifecycle refers
 * such groups to their entity and holds no path from there to accountability).
 */
@SafeguardIntegrationTest
class TaskApiAccountabilityKindsIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService engineTasks;

    @Autowired
    RecordedMeasures recordedMeasures;

    @Autowired
    SecurityContextHolderStrategy contexts;

    Api api;
    TaskApi tasks;
    CaseApi cases;
    DueJobs dueJobs;
    EngagementFixture.Engine engine;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        tasks = new TaskApi(api);
        dueJobs = new DueJobs(runtime, management);
        cases = new CaseApi(api, dueJobs);
        engine = EngagementFixture.Engine.of(api, context);
    }

    @Test
    void withheld_payments_are_recorded_through_the_task_api_while_the_member_state_is_asked_for_actions_taken() {
        EngagementFixture engagement = engine.awaitingReply("CA");
        String reference = engagement.caseReference();
        engine.replies("focal-ca", engagement, "WILL_INVESTIGATE");
        tasks.claimAndComplete("intake", reference, "user_record_national_finding", "{\"finding\":\"SUBSTANTIATED\"}");
        dueJobs.runFor(reference);
        String id = tasks.claim("intake", reference, "user_record_withheld_payments");

        assertRefused(
                tasks.complete("intake", id, "{\"paymentsWithheld\":true,\"repatriated\":true,\"details\":\" \"}"),
                "details",
                "required");
        tasks.assertStillOpen("intake", id);
        assertThat(measuresOf(reference)).isEmpty();

        assertThat(tasks.complete(
                                "intake",
                                id,
                                "{\"paymentsWithheld\":true,\"repatriated\":false,\"details\":\"Allowances withheld since 3 Dec\"}")
                        .statusCode())
                .isEqualTo(204);

        assertThat(measuresOf(reference)).singleElement().satisfies(measure -> {
            assertThat(measure.kind()).isEqualTo(MeasureKind.PAYMENTS_AND_REPATRIATION);
            assertThat(measure.subjectGroupId()).isEqualTo(engagement.subjectGroupId());
            assertThat(measure.detail())
                    .isEqualTo("paymentsWithheld=true; repatriated=false; Allowances withheld since 3 Dec");
            assertThat(measure.recordedBy()).isEqualTo("intake");
        });
        assertThat(openTaskKinds(reference))
                .doesNotContain("user_record_withheld_payments")
                .contains("user_send_note_verbale");
    }

    @Test
    void a_responsible_entitys_measures_are_recorded_through_the_task_api_and_the_screening_entry_follows() {
        String reference = cases.registerWithSubjectsOf("IMPLEMENTING_PARTNER");
        long groupId = cases.firstSubjectGroup(reference).get("id").asLong();
        Map<String, Object> variables = new HashMap<>();
        Variables.CASE_REFERENCE.put(variables, reference);
        Variables.SUBJECT_GROUP_ID.put(variables, groupId);
        Variables.PERSONNEL_CATEGORY.put(variables, "IMPLEMENTING_PARTNER");
        Variables.NATIONALITY.put(variables, "CA");
        Variables.MINOR_INVOLVED.put(variables, true);
        Variables.ALLEGATION_TYPE.put(variables, "TRANSACTIONAL_SEX");
        Variables.ENTITY.put(variables, "MINUSCA");
        runtime.startProcessInstanceByKey(AccountabilityProcess.KEY, reference, variables);
        dueJobs.runFor(reference);
        String id = tasks.claim("intake", reference, "user_record_entity_measures");

        assertRefused(
                tasks.complete("intake", id, "{\"responsibleEntity\":\"Partner NGO\",\"measures\":\"\"}"),
                "measures",
                "required");
        tasks.assertStillOpen("intake", id);

        assertThat(tasks.complete(
                                "intake",
                                id,
                                "{\"responsibleEntity\":\"Partner NGO\",\"measures\":\"Contract terminated\"}")
                        .statusCode())
                .isEqualTo(204);

        assertThat(measuresOf(reference)).singleElement().satisfies(measure -> {
            assertThat(measure.kind()).isEqualTo(MeasureKind.ENTITY_MEASURES);
            assertThat(measure.subjectGroupId()).isEqualTo(groupId);
            assertThat(measure.detail()).isEqualTo("Partner NGO: Contract terminated");
        });
        assertThat(tasks.find("intake", "MY_GROUPS", reference, "user_enter_screening_database"))
                .isPresent();
        assertThat(openTaskKinds(reference)).doesNotContain("user_record_entity_measures");
    }

    private List<RecordedMeasure> measuresOf(String reference) {
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            return recordedMeasures.ofCase(reference);
        }
    }

    private List<String> openTaskKinds(String reference) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(reference).list().stream()
                .map(task -> task.getTaskDefinitionKey())
                .toList();
    }
}
