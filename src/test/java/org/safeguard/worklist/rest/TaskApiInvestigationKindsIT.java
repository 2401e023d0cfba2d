package org.safeguard.worklist.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.testsupport.TaskApi.assertRefused;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.base.processes.InvestigationProcess;
import org.safeguard.base.processes.InvestigationProcess.Element;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.InterimMeasure;
import org.safeguard.casefile.InterimMeasureStatus;
import org.safeguard.casefile.InterimMeasureType;
import org.safeguard.casefile.InterimMeasures;
import org.safeguard.investigation.InvestigatingBody;
import org.safeguard.investigation.InvestigationFiles;
import org.safeguard.investigation.InvestigationSummary;
import org.safeguard.investigation.Investigations;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.CaseApi;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SignedIn;
import org.safeguard.testsupport.TaskApi;
import org.safeguard.victim.ConsentGiver;
import org.safeguard.victim.ConsentScope;
import org.safeguard.victim.VictimConsents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The routing, interim-measure and investigation tasks completed through {@code /api/tasks}, each on
 * a case of its own: who investigates police, a partner referred to its responsible entity, an
 * interim measure decided, the victim interviewed with consent to share, an overdue investigation
 * handled and an extension granted. What a person starts outside the task list (a measure proposed,
 * consent to share given, an extension asked for) goes through the feature's typed service; the
 * investigation's timers are fired as the job executor would fire them.
 */
@SafeguardIntegrationTest
class TaskApiInvestigationKindsIT {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService engineTasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    InterimMeasures interimMeasures;

    @Autowired
    Investigations investigations;

    @Autowired
    InvestigationFiles investigationFiles;

    @Autowired
    VictimConsents consents;

    Api api;
    TaskApi tasks;
    CaseApi cases;
    DueJobs dueJobs;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        tasks = new TaskApi(api);
        dueJobs = new DueJobs(runtime, management);
        cases = new CaseApi(api, dueJobs);
    }

    @Test
    void a_manager_sends_individual_police_to_a_head_of_mission_inquiry_through_the_task_api() {
        String reference = cases.registerWithSubjectsOf("INDIVIDUAL_POLICE");
        cases.addToTeam(reference, "investigator");
        cases.assessAsBreach(reference);
        String id = tasks.claim("manager", reference, "user_decide_investigating_body");

        assertRefused(
                tasks.complete("manager", id, "{\"investigatingBody\":\"JOINT_WITH_MEMBER_STATE\"}"),
                "investigatingBody",
                "must be HEAD_OF_MISSION or OVERSIGHT_OFFICE");
        tasks.assertStillOpen("manager", id);

        assertThat(tasks.complete("manager", id, "{\"investigatingBody\":\"HEAD_OF_MISSION\"}")
                        .statusCode())
                .isEqualTo(204);
        dueJobs.runFor(reference);

        assertThat(cases.read("manager", reference).get("status").asText()).isEqualTo("UNDER_INVESTIGATION");
        assertThat(investigationsOf(reference))
                .extracting(InvestigationSummary::investigatingBody)
                .containsExactly(InvestigatingBody.HEAD_OF_MISSION);
        assertThat(openTaskKinds(reference))
                .contains("user_plan_investigation")
                .doesNotContain("user_decide_investigating_body");
    }

    @Test
    void an_implementing_partner_referred_through_the_task_api_ends_its_subject_group_as_referred() {
        String reference = cases.registerWithSubjectsOf("IMPLEMENTING_PARTNER");
        cases.assessAsBreach(reference);
        String id = tasks.claim("intake", reference, "user_refer_to_responsible_entity");

        assertRefused(
                tasks.complete("intake", id, "{\"responsibleEntity\":\"Partner NGO\"}"),
                "responsibleEntity",
                "is not a field of this request");
        tasks.assertStillOpen("intake", id);
        assertThat(cases.firstSubjectGroup(reference).hasNonNull("outcome")).isFalse();

        assertThat(tasks.complete("intake", id, "{}").statusCode()).isEqualTo(204);
        dueJobs.runFor(reference);

        assertThat(cases.firstSubjectGroup(reference).get("outcome").asText())
                .isEqualTo("REFERRED_TO_RESPONSIBLE_ENTITY");
        assertThat(openTaskKinds(reference))
                .contains("user_inform_victim")
                .doesNotContain("user_refer_to_responsible_entity");
    }

    @Test
    void a_proposed_interim_measure_is_approved_through_the_task_api_and_the_case_file_shows_who_decided() {
        String reference = cases.registerWithSubjectsOf("CIVILIAN_STAFF");
        long groupId = cases.firstSubjectGroup(reference).get("id").asLong();
        try (var signedIn = SignedIn.as(contexts, "intake", Role.INTAKE)) {
            interimMeasures.propose(reference, groupId, InterimMeasureType.SUSPENSION_FROM_DUTY);
        }
        dueJobs.runFor(reference);
        String id = tasks.claim("manager", reference, "user_decide_interim_measure");

        assertRefused(tasks.complete("manager", id, "{}"), "approved", "is required");
        tasks.assertStillOpen("manager", id);
        assertThat(measuresOf(reference))
                .extracting(InterimMeasure::status)
                .containsExactly(InterimMeasureStatus.PROPOSED);

        assertThat(tasks.complete("manager", id, "{\"approved\":true}").statusCode())
                .isEqualTo(204);

        InterimMeasure decided = measuresOf(reference).get(0);
        assertThat(decided.status()).isEqualTo(InterimMeasureStatus.APPROVED);
        assertThat(decided.decidedBy()).isEqualTo("manager");
        assertThat(openTaskKinds(reference))
                .doesNotContain("user_decide_interim_measure")
                .contains("user_assess_allegation");
    }

    @Test
    void the_victim_interview_is_recorded_through_the_task_api_when_the_victim_consented_to_share() {
        String reference = cases.registerWithSubjectsOf("CIVILIAN_STAFF");
        long victimId =
                cases.read("intake", reference).get("victims").get(0).get("id").asLong();
        try (var signedIn = SignedIn.as(contexts, "vra", Role.VRA)) {
            consents.record(victimId, ConsentScope.SHARING_WITH_INVESTIGATORS, true, ConsentGiver.PARENT_OR_GUARDIAN);
        }
        cases.addToTeam(reference, "investigator");
        cases.assessAsBreach(reference);
        tasks.claimAndComplete("investigator", reference, "user_plan_investigation", "{\"summary\":\"Plan\"}");
        dueJobs.runFor(reference);
        String id = tasks.claim("investigator", reference, "user_interview_victim");

        assertRefused(tasks.complete("investigator", id, "{\"summary\":\"  \"}"), "summary", "required");
        tasks.assertStillOpen("investigator", id);

        assertThat(tasks.complete("investigator", id, "{\"summary\":\"Heard with her guardian present\"}")
                        .statusCode())
                .isEqualTo(204);

        assertThat(events(reference)).contains("VICTIM_INTERVIEWED: Heard with her guardian present");
        assertThat(tasks.find("investigator", "MY_GROUPS", reference, "user_interview_subject_and_witnesses"))
                .isPresent();
    }

    @Test
    void a_manager_handles_an_overdue_investigation_through_the_task_api_and_the_clock_watches_on() {
        String reference = investigated();
        dueJobs.fireTimer(reference, Element.timer_first_warning.id());
        dueJobs.fireTimer(reference, Element.timer_second_warning.id());
        dueJobs.fireTimer(reference, Element.timer_breach.id());
        String id = tasks.claim("manager", reference, "user_handle_escalation");

        assertRefused(tasks.complete("manager", id, "{\"action\":\"\"}"), "action", "required");
        tasks.assertStillOpen("manager", id);

        assertThat(tasks.complete("manager", id, "{\"action\":\"Second investigator assigned\"}")
                        .statusCode())
                .isEqualTo(204);

        assertThat(events(reference))
                .containsSubsequence("BREACH: null", "ESCALATION_HANDLED: Second investigator assigned");
        assertThat(activeActivities(reference))
                .contains("timer_escalate_again", "user_plan_investigation")
                .doesNotContain("user_handle_escalation");
    }

    @Test
    void a_manager_grants_an_extension_through_the_task_api_and_the_target_date_moves() {
        String reference = investigated();
        long groupId = cases.firstSubjectGroup(reference).get("id").asLong();
        try (var signedIn = SignedIn.as(contexts, "investigator", Role.INVESTIGATOR)) {
            investigations.requestExtension(groupId, "Witness abroad until May");
        }
        String id = tasks.claim("manager", reference, "user_approve_extension");
        Instant currentDue = investigationsOf(reference).get(0).currentDueAt();

        assertRefused(
                tasks.complete("manager", id, "{\"approved\":true,\"newDueAt\":\"2020-01-01T00:00:00Z\"}"),
                "newDueAt",
                "must be after the current target date");
        tasks.assertStillOpen("manager", id);

        Instant newDue = currentDue.plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        assertThat(tasks.complete("manager", id, "{\"approved\":true,\"newDueAt\":\"" + newDue + "\"}")
                        .statusCode())
                .isEqualTo(204);

        assertThat(investigationsOf(reference).get(0).extendedDueAt()).isEqualTo(newDue);
        String investigation = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .processDefinitionKey(InvestigationProcess.KEY)
                .singleResult()
                .getId();
        assertThat(runtime.getVariable(investigation, InvestigationProcess.Variables.DUE_AT.name()))
                .isEqualTo(Date.from(newDue));
        assertThat(events(reference))
                .contains("EXTENSION_REQUESTED: Witness abroad until May", "EXTENSION_APPROVED: null");
    }

    /** A staff case with an investigator on its team, assessed as a breach: its investigation by the oversight office is open. */
    private String investigated() {
        String reference = cases.registerWithSubjectsOf("CIVILIAN_STAFF");
        cases.addToTeam(reference, "investigator");
        cases.assessAsBreach(reference);
        assertThat(activeActivities(reference)).contains("user_plan_investigation");
        return reference;
    }

    private List<InvestigationSummary> investigationsOf(String reference) {
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            return investigationFiles.ofCase(reference);
        }
    }

    private List<InterimMeasure> measuresOf(String reference) {
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            return interimMeasures.ofCase(reference);
        }
    }

    /** The investigation's recorded events of the case, each as {@code TYPE: detail}, oldest first. */
    private List<String> events(String reference) {
        return jdbc.queryForList(
                "SELECT " + concat() + " FROM investigation_event e"
                        + " JOIN investigation i ON i.id = e.investigation_id WHERE i.case_reference = ? ORDER BY e.id",
                String.class,
                reference);
    }

    private static String concat() {
        return "CONCAT(CONCAT(e.type, ': '), COALESCE(e.detail, 'null'))";
    }

    private List<String> openTaskKinds(String reference) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(reference).list().stream()
                .map(task -> task.getTaskDefinitionKey())
                .toList();
    }

    private List<String> activeActivities(String reference) {
        dueJobs.runFor(reference);
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
                .flatMap(instance -> runtime.getActiveActivityIds(instance.getId()).stream())
                .toList();
    }
}
