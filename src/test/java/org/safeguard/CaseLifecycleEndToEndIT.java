package org.safeguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safeguard.accountability.AccountabilityMeasures;
import org.safeguard.accountability.DisciplinaryDecision;
import org.safeguard.accountability.ScreeningEntry;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.CaseOutcome;
import org.safeguard.casefile.CaseStatus;
import org.safeguard.casefile.CaseTeams;
import org.safeguard.casefile.GroupAssessment;
import org.safeguard.casefile.InvestigationTeamAssignment;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.casefile.PreliminaryAssessment;
import org.safeguard.investigation.Finding;
import org.safeguard.investigation.FindingCode;
import org.safeguard.investigation.Investigations;
import org.safeguard.investigation.Report;
import org.safeguard.investigation.ReviewDecision;
import org.safeguard.investigation.StepNotes;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.RealJobExecutor;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.victim.Assistance;
import org.safeguard.victim.ConsentGiver;
import org.safeguard.victim.ConsentScope;
import org.safeguard.victim.Need;
import org.safeguard.victim.Referrals;
import org.safeguard.victim.VictimConsents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * One case from intake to closure with the real job executor, on this run's database (H2, then
 * MariaDB): every asynchronous continuation, call activity and decision runs as in production.
 * People's steps go through the same typed services the UI and API use.
 */
@SafeguardIntegrationTest
@TestPropertySource(
        properties = {
            "camunda.bpm.job-execution.enabled=true",
            "camunda.bpm.job-execution.wait-time-in-millis=100",
            "camunda.bpm.job-execution.max-wait=500"
        })
@ExtendWith(RealJobExecutor.class)
class CaseLifecycleEndToEndIT {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    CaseFiles cases;

    @Autowired
    PreliminaryAssessment assessment;

    @Autowired
    CaseTeams teams;

    @Autowired
    InvestigationTeamAssignment teamAssignment;

    @Autowired
    Investigations investigations;

    @Autowired
    AccountabilityMeasures accountability;

    @Autowired
    CaseOutcome outcome;

    @Autowired
    Assistance assistance;

    @Autowired
    Referrals referrals;

    @Autowired
    VictimConsents consents;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void a_staff_case_runs_from_intake_to_closure_with_the_victim_assisted_beside_it() {
        String reference = Api.json(api.postCase(
                        "intake",
                        AllegationJson.anAllegation()
                                .withOnlySubject(PersonnelCategory.CIVILIAN_STAFF, null, "Logistics")
                                .json()))
                .get("reference")
                .asText();
        long victimId = cases.victimIds(reference).get(0);
        long groupId = cases.subjectGroupIds(reference).get(0);

        // The victims' track starts at once, beside the assessment.
        assistance.completeConsentGate(
                awaitTask(reference, "user_record_consent").getId(), victimId, true, ConsentGiver.PARENT_OR_GUARDIAN);
        assistance.completeNeedsAssessment(
                awaitTask(reference, "user_assess_needs").getId(), victimId, List.of(Need.MEDICAL));
        long referralId = referrals.ofVictim(victimId).get(0).id();
        referrals.completeReferral(
                awaitTask(reference, "user_refer_to_provider").getId(), referralId, "MSF-BGI", "Clinic");

        assessment.complete(
                awaitTask(reference, "user_assess_allegation").getId(),
                List.of(new GroupAssessment(groupId, true, null)));
        // No investigator is on the case's team: it waits for a manager to put one there.
        Task assignTeam = awaitTask(reference, "user_assign_investigation_team");
        assertThat(cases.find(reference).orElseThrow().status()).isNotEqualTo(CaseStatus.UNDER_INVESTIGATION);
        teams.add(reference, "investigator");
        teamAssignment.teamAssigned(assignTeam.getId());
        await().atMost(PATIENCE)
                .until(() -> cases.find(reference).orElseThrow().status() == CaseStatus.UNDER_INVESTIGATION);

        investigations.planInvestigation(
                awaitTask(reference, "user_plan_investigation").getId(), new StepNotes("Plan"));
        investigations.recordSubjectAndWitnessInterviews(
                awaitTask(reference, "user_interview_subject_and_witnesses").getId(), new StepNotes("Interviews"));
        investigations.recordEvidence(
                awaitTask(reference, "user_gather_evidence").getId(), new StepNotes("Evidence"));
        investigations.submitReport(awaitTask(reference, "user_write_report").getId(), new Report("Report"));
        investigations.review(awaitTask(reference, "user_review_report").getId(), new ReviewDecision(true, null));
        investigations.recordFinding(
                awaitTask(reference, "user_decide_finding").getId(),
                new Finding(FindingCode.SUBSTANTIATED, "Corroborated by two witnesses"));

        accountability.decideDisciplinaryMeasures(
                awaitTask(reference, "user_decide_disciplinary_measures").getId(),
                new DisciplinaryDecision("Separation from service", "Substantiated transactional sex"));
        accountability.enterInScreeningDatabase(
                awaitTask(reference, "user_enter_screening_database").getId(), new ScreeningEntry("CR-2026-0001"));
        outcome.victimInformed(awaitTask(reference, "user_inform_victim").getId());

        assertThat(cases.find(reference).orElseThrow().status()).isEqualTo(CaseStatus.SUBSTANTIATED);
        // The case stays open while the victim is still assisted; withdrawing consent ends that track gracefully.
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(reference)
                        .processDefinitionKey("sea-case")
                        .count())
                .isOne();
        // The victim's advocate acts once the executor has finished the step just completed (asyncAfter):
        // acting on an execution the executor is moving meets an optimistic-locking refusal.
        await().atMost(PATIENCE).until(() -> new DueJobs(runtime, management).noneDueFor(reference));
        consents.withdraw(victimId, ConsentScope.ASSISTANCE);
        await().atMost(PATIENCE)
                .until(() -> runtime.createProcessInstanceQuery()
                                .processInstanceBusinessKey(reference)
                                .count()
                        == 0);

        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(reference)
                        .list())
                .extracting(instance -> instance.getProcessDefinitionKey())
                .contains("sea-case", "victim-assistance", "investigation", "accountability");
        assertThat(incidents(reference)).isZero();
    }

    /** Incidents raised anywhere in the case's processes: every job must have succeeded. */
    private long incidents(String reference) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
                .mapToLong(instance -> history.createHistoricIncidentQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .sum();
    }

    /** The open task of that kind in any process of the case, once the job executor has got there. */
    private Task awaitTask(String reference, String taskDefinitionKey) {
        return await().atMost(PATIENCE)
                .until(
                        () -> tasks.createTaskQuery()
                                .processInstanceBusinessKey(reference)
                                .taskDefinitionKey(taskDefinitionKey)
                                .singleResult(),
                        task -> task != null);
    }
}
