package org.safeguard.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.testsupport.TaskApi.assertRefused;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.CaseApi;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.TaskApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No orphaned work, through the API: a case that would reach investigation with no investigator who
 * may see it waits at the manager's "assign the investigation team", whose completion is refused
 * until one is on the team; the managers' list of unassigned and unreachable work names each task
 * no one can work and why; whom intake and managers may add to a team leaves conflicts out.
 */
@SafeguardIntegrationTest
class InvestigationTeamIT {

    static final String ASSIGN_TEAM = SeaCaseProcess.Element.user_assign_investigation_team.id();
    static final String PLAN = "user_plan_investigation";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService engineTasks;

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
    void a_case_without_a_team_waits_for_a_manager_who_starts_the_investigation_only_once_an_investigator_is_on_it() {
        String reference = cases.registerWithSubjectsOf("CIVILIAN_STAFF");
        cases.assessAsBreach(reference);

        assertThat(openTaskKinds(reference)).contains(ASSIGN_TEAM).doesNotContain(PLAN);
        String id = tasks.find("manager", "MY_GROUPS", reference, ASSIGN_TEAM)
                .orElseThrow()
                .get("id")
                .asText();
        assertThat(listed(reference))
                .extracting(item ->
                        item.get("id").asText() + " " + item.get("reason").asText())
                .contains(id + " AWAITING_TEAM");
        assertThat(api.send("intake", "POST", "/api/tasks/" + id + "/claim", null)
                        .statusCode())
                .isEqualTo(403);
        tasks.claim("manager", reference, ASSIGN_TEAM);

        assertRefused(
                tasks.complete("manager", id, "{}"),
                InvestigationTeamAssignment.TEAM,
                InvestigationTeamAssignment.NO_INVESTIGATOR);
        tasks.assertStillOpen("manager", id);

        // Putting someone on the team does not start the investigation: the manager decides when the team is ready.
        cases.addToTeam(reference, "investigator");
        dueJobs.runFor(reference);
        tasks.assertStillOpen("manager", id);

        assertThat(tasks.complete("manager", id, "{}").statusCode()).isEqualTo(204);
        dueJobs.runFor(reference);

        assertThat(openTaskKinds(reference)).contains(PLAN).doesNotContain(ASSIGN_TEAM);
        assertThat(cases.read("manager", reference).get("status").asText()).isEqualTo("UNDER_INVESTIGATION");
        assertThat(tasks.find("investigator", "MY_GROUPS", reference, PLAN)).isPresent();
        assertThat(listed(reference)).isEmpty();
    }

    @Test
    void a_task_whose_assignee_left_the_team_and_then_one_no_one_can_claim_are_listed_for_managers_with_why() {
        String reference = cases.registerWithSubjectsOf("CIVILIAN_STAFF");
        cases.addToTeam(reference, "investigator2");
        cases.assessAsBreach(reference);
        String plan = tasks.claim("investigator2", reference, PLAN);
        assertThat(listed(reference)).isEmpty();

        assertThat(api.send("manager", "DELETE", "/api/cases/" + reference + "/team/investigator2", null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(listed(reference)).singleElement().satisfies(item -> {
            assertThat(item.get("id").asText()).isEqualTo(plan);
            assertThat(item.get("reason").asText()).isEqualTo("ASSIGNEE_CANNOT_WORK");
            assertThat(item.get("assignee").asText()).isEqualTo("investigator2");
            assertThat(item.get("team").asText()).isEqualTo("/api/cases/" + reference + "/team");
        });

        assertThat(api.send("manager", "POST", "/api/tasks/" + plan + "/unclaim", null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(listed(reference))
                .singleElement()
                .satisfies(item -> assertThat(item.get("reason").asText()).isEqualTo("NO_ONE_CAN_WORK"));

        cases.addToTeam(reference, "investigator");
        assertThat(listed(reference)).isEmpty();
    }

    @Test
    void only_managers_see_the_unreachable_work() {
        for (String user : List.of("intake", "investigator", "vra", "auditor", "admin", "owner")) {
            assertThat(api.get(user, "/api/tasks/unreachable").statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(api.get(null, "/api/tasks/unreachable").statusCode()).isEqualTo(401);
        HttpResponse<String> page = api.get("manager", "/api/tasks/unreachable");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Api.json(page).get("unclaimedAfter").asText()).isEqualTo("PT72H");
    }

    @Test
    void the_colleagues_offered_for_a_team_leave_out_those_with_a_conflict_of_interest_and_those_already_on_it() {
        String reference = cases.register(
                AllegationJson.anAllegation().withOnlySubject(PersonnelCategory.CIVILIAN_STAFF, null, "Logistics"));
        String candidates = "/api/cases/" + reference + "/team/candidates";
        assertThat(usernames(api.get("intake", candidates))).contains("investigator", "investigator2");

        assertThat(api.send(
                                "manager",
                                "POST",
                                "/api/cases/" + reference + "/exclusions",
                                "{\"username\":\"investigator2\",\"reason\":\"Former supervisor of the subject\"}")
                        .statusCode())
                .isEqualTo(204);
        cases.addToTeam(reference, "investigator");

        assertThat(usernames(api.get("manager", candidates))).doesNotContain("investigator", "investigator2");
        HttpResponse<String> conflicted =
                api.send("intake", "PUT", "/api/cases/" + reference + "/team/investigator2", null);
        assertThat(conflicted.statusCode()).isEqualTo(400);
        assertThat(conflicted.body()).contains(CaseTeams.CONFLICT_OF_INTEREST);
        assertThat(api.get("investigator", candidates).statusCode()).isEqualTo(403);
    }

    /** The items of the managers' list that belong to the case. */
    private List<JsonNode> listed(String reference) {
        HttpResponse<String> page = api.get("manager", "/api/tasks/unreachable");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return StreamSupport.stream(Api.json(page).get("items").spliterator(), false)
                .filter(item -> item.get("caseReference").asText().equals(reference))
                .toList();
    }

    private static List<String> usernames(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(Api.json(response).spliterator(), false)
                .map(c -> c.get("username").asText())
                .toList();
    }

    private List<String> openTaskKinds(String reference) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(reference).list().stream()
                .map(Task::getTaskDefinitionKey)
                .toList();
    }
}
