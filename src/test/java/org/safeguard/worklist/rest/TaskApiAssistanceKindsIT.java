package org.safeguard.worklist.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.testsupport.TaskApi.assertRefused;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.base.processes.VictimAssistanceProcess;
import org.safeguard.base.processes.VictimAssistanceProcess.Element;
import org.safeguard.base.security.Role;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.CaseApi;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SignedIn;
import org.safeguard.testsupport.TaskApi;
import org.safeguard.victim.Referral;
import org.safeguard.victim.Referrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The manager's escalation of a referral not made in time, completed through {@code /api/tasks}:
 * the advocate's referral timer is fired as the job executor would fire it at the referral's
 * deadline.
 */
@SafeguardIntegrationTest
class TaskApiAssistanceKindsIT {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    Referrals referrals;

    @Autowired
    SecurityContextHolderStrategy contexts;

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
    void an_overdue_referral_is_resolved_through_the_task_api_while_the_advocates_referral_stays_open() {
        String reference = cases.register(AllegationJson.anAllegation());
        long victimId =
                cases.read("intake", reference).get("victims").get(0).get("id").asLong();
        tasks.claimAndComplete(
                "vra", reference, "user_record_consent", "{\"given\":true,\"givenBy\":\"PARENT_OR_GUARDIAN\"}");
        dueJobs.runFor(reference);
        tasks.claimAndComplete("vra", reference, "user_assess_needs", "{\"needs\":[\"MEDICAL\"]}");
        dueJobs.fireTimer(reference, Element.timer_referral_overdue.id());
        assertThat(referralOf(victimId).breachedAt()).isNotNull();
        String id = tasks.claim("manager", reference, "user_resolve_overdue_referral");

        assertRefused(
                tasks.complete("manager", id, "{\"providerCode\":\"MSF-BGI\"}"),
                "providerCode",
                "is not a field of this request");
        tasks.assertStillOpen("manager", id);

        assertThat(tasks.complete("manager", id, "{}").statusCode()).isEqualTo(204);

        String assistance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .processDefinitionKey(VictimAssistanceProcess.KEY)
                .singleResult()
                .getId();
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(assistance)
                        .activityId(Element.end_referral_escalated.id())
                        .finished()
                        .count())
                .isOne();
        assertThat(tasks.find("manager", "ALL", reference, "user_resolve_overdue_referral"))
                .isEmpty();
        assertThat(tasks.find("vra", "MY_GROUPS", reference, "user_refer_to_provider"))
                .isPresent();
        assertThat(referralOf(victimId).providerCode()).isNull();
    }

    private Referral referralOf(long victimId) {
        try (var signedIn = SignedIn.as(contexts, "vra", Role.VRA)) {
            return referrals.ofVictim(victimId).get(0);
        }
    }
}
