package org.safeguard.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.InOrder;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.base.processes.SeaCaseProcess.Element;
import org.safeguard.base.processes.SeaCaseProcess.Variables;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.CaseTeams;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.casefile.SubjectGroup;
import org.safeguard.casefile.SubjectGroupOutcome;
import org.safeguard.victim.VictimConsents;
import org.safeguard.victim.Victims;

/**
 * Every path of {@code sea-case}. The called processes are stand-ins with one task, completed with
 * the outputs a path needs; the model's own delegates run for real against mocked feature services.
 */
@Deployment(
        resources = {
            "processes/sea-case.bpmn",
            "processes/investigation-routing.dmn",
            "stubs/victim-assistance.bpmn",
            "stubs/member-state-engagement.bpmn",
            "stubs/investigation.bpmn",
            "stubs/accountability.bpmn"
        })
class SeaCaseProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test-engine.cfg.xml")
            .assertClassCoverageAtLeast(0.9)
            .build();

    static final String REFERENCE = "SEA-2026-000001";
    static final Date DUE = Date.from(Instant.parse("2026-11-27T09:30:00Z"));

    CaseFiles cases = mock(CaseFiles.class);
    Victims victims = mock(Victims.class);
    VictimConsents consents = mock(VictimConsents.class);
    CaseTeams teams = mock(CaseTeams.class);
    CaseStatusMarker caseStatus = mock(CaseStatusMarker.class);
    Deadlines deadlines = mock(Deadlines.class);
    Map<Long, SubjectGroup> groups = new java.util.LinkedHashMap<>();
    List<Long> victimIds = new ArrayList<>(List.of(501L));

    @BeforeEach
    void registerBeans() {
        when(deadlines.due(any(DelegateExecution.class), anyString())).thenReturn(DUE);
        when(deadlines.dueFrom(any(DelegateExecution.class), anyString(), any(Date.class)))
                .thenReturn(DUE);
        when(cases.subjectGroupIds(REFERENCE)).thenAnswer(call -> List.copyOf(groups.keySet()));
        when(cases.subjectGroup(any(Long.class))).thenAnswer(call -> groups.get(call.<Long>getArgument(0)));
        when(cases.subjectGroups(REFERENCE)).thenAnswer(call -> List.copyOf(groups.values()));
        when(cases.victimIds(REFERENCE)).thenAnswer(call -> victimIds);
        // Most paths have an investigator on the team; the paths without one say so.
        when(teams.hasInvestigatorWhoSees(REFERENCE)).thenReturn(true);
        Mocks.register("caseStatus", caseStatus);
        Mocks.register("deadlines", deadlines);
        Mocks.register("caseParts", new CaseParts(cases, victims, consents, teams));
        Mocks.register("loadSubjectGroupDelegate", new LoadSubjectGroupDelegate(cases));
        Mocks.register("closeSubjectGroupDelegate", new CloseSubjectGroupDelegate(cases));
        Mocks.register("recordGroupOutcomeDelegate", new RecordGroupOutcomeDelegate(cases));
        Mocks.register("concludeCaseDelegate", new ConcludeCaseDelegate(cases));
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    @Test
    void a_received_case_starts_assistance_for_every_victim_at_once_beside_the_assessment() {
        victimIds.add(502L);
        givenGroup(1L, PersonnelCategory.CIVILIAN_STAFF, null, true);

        ProcessInstance instance = start();

        BpmnAwareTests.assertThat(instance)
                .isWaitingAt(Element.user_assess_allegation.id(), Element.call_victim_assistance.id());
        // The victims' track started in a transaction of its own: a failure there never loses the intake.
        assertThat(engine.getHistoryService()
                        .createHistoricJobLogQuery()
                        .processInstanceId(instance.getId())
                        .creationLog()
                        .list())
                .singleElement()
                .satisfies(log -> assertThat(log.getActivityId()).startsWith(Element.call_victim_assistance.id()));
        assertThat(called("victim-assistance")).hasSize(2);
        assertThat(called("victim-assistance"))
                .extracting(pi -> engine.getRuntimeService().getVariable(pi.getId(), "victimId"))
                .containsExactlyInAnyOrder(501L, 502L);
        // Staff only: a paternity claim would not go to a Member State.
        assertThat(called("victim-assistance"))
                .allSatisfy(pi -> assertThat(variable(pi, "nationality")).isNull());
    }

    @Test
    void the_victims_track_knows_which_member_state_a_paternity_claim_goes_to() {
        givenGroup(1L, PersonnelCategory.CIVILIAN_STAFF, null, true);
        givenGroup(2L, PersonnelCategory.MILITARY_CONTINGENT, "UY", true);

        start();

        ProcessInstance assistance = single("victim-assistance");
        assertThat(variable(assistance, "nationality")).isEqualTo("UY");
        assertThat(variable(assistance, "subjectGroupId")).isEqualTo(2L);
    }

    @Test
    void the_assessment_waits_for_intake_by_its_policy_due_date_and_marks_the_case_under_assessment() {
        givenGroup(1L, PersonnelCategory.CIVILIAN_STAFF, null, true);

        ProcessInstance instance = start();

        BpmnAwareTests.assertThat(task(Element.user_assess_allegation.id(), instance))
                .hasCandidateGroup(SeaCaseProcess.Groups.INTAKE)
                .isNotAssigned();
        assertThat(task(Element.user_assess_allegation.id(), instance).getDueDate())
                .isEqualTo(DUE);
        // The clock runs from receipt, not from when the case reached the engine.
        verify(deadlines)
                .dueFrom(
                        any(DelegateExecution.class),
                        eq("PRELIMINARY_ASSESSMENT"),
                        eq(Date.from(Instant.parse("2026-11-20T09:30:00Z"))));
        verify(caseStatus).mark(any(DelegateExecution.class), eq("UNDER_ASSESSMENT"));
    }

    @Test
    void staff_are_investigated_by_the_oversight_office_and_the_victim_is_informed_before_the_case_closes() {
        givenGroup(1L, PersonnelCategory.CIVILIAN_STAFF, null, true);
        ProcessInstance instance = assessed();

        ProcessInstance investigation = single("investigation");
        assertThat(variable(investigation, "investigatingBody")).isEqualTo("OVERSIGHT_OFFICE");
        assertThat(variable(investigation, "victimConsentToShare")).isEqualTo(false);
        assertThat(variable(investigation, "subjectGroupId")).isEqualTo(1L);
        finish(investigation, Map.of("finding", "NOT_SUBSTANTIATED"));

        verify(cases).recordOutcome(1L, SubjectGroupOutcome.NOT_SUBSTANTIATED);
        verify(cases).conclude(REFERENCE);
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.user_inform_victim.id());
        BpmnAwareTests.assertThat(task(Element.user_inform_victim.id(), instance))
                .hasCandidateGroup(SeaCaseProcess.Groups.VRA);

        completeTask(task(Element.user_inform_victim.id(), instance), Map.of());
        BpmnAwareTests.assertThat(instance).isNotEnded();
        finishAll("victim-assistance");
        BpmnAwareTests.assertThat(instance).isEnded();
    }

    @Test
    void a_case_with_an_investigator_on_its_team_goes_straight_to_investigation() {
        givenGroup(1L, PersonnelCategory.CIVILIAN_STAFF, null, true);

        ProcessInstance instance = assessed();

        assertThat(called("investigation")).hasSize(1);
        BpmnAwareTests.assertThat(instance)
                .hasPassed(Element.gateway_investigation_team.id())
                .hasNotPassed(Element.user_assign_investigation_team.id());
    }

    @Test
    void a_case_with_no_investigator_who_may_see_it_waits_for_a_manager_to_assign_the_team() {
        givenGroup(1L, PersonnelCategory.CIVILIAN_STAFF, null, true);
        when(teams.hasInvestigatorWhoSees(REFERENCE)).thenReturn(false);

        ProcessInstance instance = assessed();

        assertThat(called("investigation")).isEmpty();
        Task assign = task(Element.user_assign_investigation_team.id(), instance);
        BpmnAwareTests.assertThat(assign)
                .hasCandidateGroup(SeaCaseProcess.Groups.MANAGER)
                .isNotAssigned();
        assertThat(assign.getDueDate()).isEqualTo(DUE);
        verify(deadlines).due(any(DelegateExecution.class), eq("ROUTING_DECISION"));
        // The case stays where it was until the investigation really starts.
        verify(caseStatus, org.mockito.Mockito.never()).mark(any(DelegateExecution.class), eq("UNDER_INVESTIGATION"));

        completeTask(assign, Map.of());

        ProcessInstance investigation = single("investigation");
        assertThat(variable(investigation, "investigatingBody")).isEqualTo("OVERSIGHT_OFFICE");
        assertThat(variable(investigation, "subjectGroupId")).isEqualTo(1L);
        verify(caseStatus).mark(any(DelegateExecution.class), eq("UNDER_INVESTIGATION"));
    }

    @Test
    void each_subject_group_reaching_investigation_without_a_team_waits_on_its_own() {
        givenGroup(1L, PersonnelCategory.MILITARY_CONTINGENT, "UY", true);
        givenGroup(2L, PersonnelCategory.CIVILIAN_STAFF, null, true);
        when(teams.hasInvestigatorWhoSees(REFERENCE)).thenReturn(false);
        ProcessInstance instance = assessed();

        List<Task> waiting = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(Element.user_assign_investigation_team.id())
                .list();
        assertThat(waiting).hasSize(1);
        finish(single("member-state-engagement"), Map.of("engagementOutcome", "DECLINED"));
        waiting = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(Element.user_assign_investigation_team.id())
                .list();
        assertThat(waiting).hasSize(2);

        waiting.forEach(task -> completeTask(task, Map.of()));

        assertThat(called("investigation"))
                .extracting(pi -> variable(pi, "subjectGroupId"))
                .containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void a_victim_who_consented_to_sharing_may_be_interviewed_by_the_investigators() {
        givenGroup(1L, PersonnelCategory.CIVILIAN_STAFF, null, true);
        when(consents.inForce(501L, org.safeguard.victim.ConsentScope.SHARING_WITH_INVESTIGATORS))
                .thenReturn(true);

        assessed();

        assertThat(variable(single("investigation"), "victimConsentToShare")).isEqualTo(true);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(PersonnelCategory.class)
    void a_case_of_every_personnel_category_runs_to_its_close(PersonnelCategory category) {
        givenGroup(1L, category, category.isUniformed() ? "CA" : null, true);
        ProcessInstance instance = assessed();

        called("member-state-engagement")
                .forEach(engagement -> finish(engagement, Map.of("engagementOutcome", "DECLINED")));
        Task decision = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(Element.user_decide_investigating_body.id())
                .singleResult();
        if (decision != null) {
            completeTask(decision, Map.of("investigatingBody", "OVERSIGHT_OFFICE"));
        }
        Task referral = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(Element.user_refer_to_responsible_entity.id())
                .singleResult();
        if (referral != null) {
            completeTask(referral, Map.of());
        }
        called("investigation").forEach(investigation -> finish(investigation, Map.of("finding", "SUBSTANTIATED")));
        called("accountability").forEach(accountability -> finish(accountability, Map.of()));
        completeTask(task(Element.user_inform_victim.id(), instance), Map.of());
        finishAll("victim-assistance");

        BpmnAwareTests.assertThat(instance).isEnded();
        verify(cases).conclude(REFERENCE);
    }

    @Test
    void a_substantiated_finding_leads_to_accountability() {
        givenGroup(1L, PersonnelCategory.VOLUNTEER, null, true);
        ProcessInstance instance = assessed();

        finish(single("investigation"), Map.of("finding", "SUBSTANTIATED"));

        ProcessInstance accountability = single("accountability");
        assertThat(variable(accountability, "personnelCategory")).isEqualTo("VOLUNTEER");
        finish(accountability, Map.of());
        verify(cases).recordOutcome(1L, SubjectGroupOutcome.SUBSTANTIATED);
        BpmnAwareTests.assertThat(instance)
                .hasPassed(Element.call_accountability.id(), Element.service_conclude_case.id());
    }

    @Test
    void a_military_contingent_is_notified_to_its_member_state_which_investigates_and_reports_its_finding() {
        givenGroup(1L, PersonnelCategory.MILITARY_CONTINGENT, "CA", true);
        ProcessInstance instance = assessed();

        ProcessInstance engagement = single("member-state-engagement");
        assertThat(variable(engagement, "nationality")).isEqualTo("CA");
        assertThat(variable(engagement, "purpose")).isEqualTo("NOTIFICATION");
        verify(caseStatus).mark(any(DelegateExecution.class), eq("REFERRED_TO_MEMBER_STATE"));
        finish(engagement, Map.of("engagementOutcome", "MEMBER_STATE_INVESTIGATES"));

        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.user_record_national_finding.id());
        completeTask(task(Element.user_record_national_finding.id(), instance), Map.of("finding", "SUBSTANTIATED"));
        assertThat(called("investigation")).isEmpty();
        assertThat(called("accountability")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"DECLINED", "NO_RESPONSE"})
    void when_the_member_state_declines_or_stays_silent_the_organisation_runs_its_own_fact_finding(String outcome) {
        givenGroup(1L, PersonnelCategory.MILITARY_CONTINGENT, "UY", true);
        assessed();

        finish(single("member-state-engagement"), Map.of("engagementOutcome", outcome));

        assertThat(variable(single("investigation"), "investigatingBody")).isEqualTo("OWN_FACT_FINDING");
        verify(caseStatus).mark(any(DelegateExecution.class), eq("UNDER_INVESTIGATION"));
    }

    @Test
    void a_joint_investigation_runs_with_the_member_state() {
        givenGroup(1L, PersonnelCategory.MILITARY_CONTINGENT, "UY", true);
        assessed();

        finish(single("member-state-engagement"), Map.of("engagementOutcome", "JOINT_INVESTIGATION"));

        assertThat(variable(single("investigation"), "investigatingBody")).isEqualTo("JOINT_WITH_MEMBER_STATE");
    }

    @Test
    void for_police_a_manager_decides_between_a_head_of_mission_inquiry_and_the_oversight_office() {
        givenGroup(1L, PersonnelCategory.INDIVIDUAL_POLICE, "CA", true);
        ProcessInstance instance = assessed();

        Task decision = task(Element.user_decide_investigating_body.id(), instance);
        BpmnAwareTests.assertThat(decision).hasCandidateGroup(SeaCaseProcess.Groups.MANAGER);
        completeTask(decision, Map.of("investigatingBody", "HEAD_OF_MISSION"));

        assertThat(variable(single("investigation"), "investigatingBody")).isEqualTo("HEAD_OF_MISSION");
    }

    @Test
    void an_implementing_partner_is_referred_to_the_responsible_entity() {
        givenGroup(1L, PersonnelCategory.IMPLEMENTING_PARTNER, null, true);
        ProcessInstance instance = assessed();

        completeTask(task(Element.user_refer_to_responsible_entity.id(), instance), Map.of());

        BpmnAwareTests.assertThat(instance)
                .hasPassed(Element.end_subject_group_referred.id())
                .isWaitingAt(Element.user_inform_victim.id());
        assertThat(called("investigation")).isEmpty();
    }

    @Test
    void a_subject_group_whose_acts_would_not_breach_the_standards_is_closed_with_its_reason() {
        givenGroup(1L, PersonnelCategory.MILITARY_CONTINGENT, "CA", false);
        ProcessInstance instance = assessed();

        verify(cases).recordOutcome(1L, SubjectGroupOutcome.NO_BREACH_OF_STANDARDS);
        BpmnAwareTests.assertThat(instance).hasPassed(Element.end_subject_group_closed.id());
        assertThat(called("member-state-engagement")).isEmpty();
    }

    @Test
    void two_subject_groups_of_different_nationalities_engage_each_member_state_separately() {
        givenGroup(1L, PersonnelCategory.MILITARY_CONTINGENT, "CA", true);
        givenGroup(2L, PersonnelCategory.MILITARY_CONTINGENT, "UY", true);
        ProcessInstance instance = assessed();

        List<ProcessInstance> engagements = called("member-state-engagement");
        assertThat(engagements).extracting(pi -> variable(pi, "nationality")).containsExactlyInAnyOrder("CA", "UY");
        engagements.forEach(engagement -> finish(engagement, Map.of("engagementOutcome", "NO_RESPONSE")));
        called("investigation").forEach(investigation -> finish(investigation, Map.of("finding", "CLOSED_OTHER")));

        verify(cases).recordOutcome(1L, SubjectGroupOutcome.CLOSED_OTHER);
        verify(cases).recordOutcome(2L, SubjectGroupOutcome.CLOSED_OTHER);
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.user_inform_victim.id());
    }

    @Test
    void an_interim_measure_proposed_at_any_time_is_decided_by_a_manager_without_stopping_the_case() {
        givenGroup(1L, PersonnelCategory.MILITARY_CONTINGENT, "CA", true);
        ProcessInstance instance = start();

        engine.getRuntimeService()
                .createMessageCorrelation(SeaCaseProcess.MESSAGE_INTERIM_MEASURE_PROPOSED)
                .processInstanceBusinessKey(REFERENCE)
                .setVariableLocal("interimMeasureId", 77L)
                .correlate();

        Task decision = task(Element.user_decide_interim_measure.id(), instance);
        BpmnAwareTests.assertThat(decision).hasCandidateGroup(SeaCaseProcess.Groups.MANAGER);
        assertThat(engine.getTaskService().getVariable(decision.getId(), "interimMeasureId"))
                .isEqualTo(77L);
        completeTask(decision, Map.of());
        BpmnAwareTests.assertThat(instance)
                .hasPassed(Element.end_interim_measure_decided.id())
                .isWaitingAt(Element.user_assess_allegation.id());
    }

    @Test
    void a_case_without_a_known_victim_closes_without_assistance_or_informing() {
        victimIds.clear();
        givenGroup(1L, PersonnelCategory.NON_UN_FORCE, null, false);

        ProcessInstance instance = assessed();

        assertThat(called("victim-assistance")).isEmpty();
        BpmnAwareTests.assertThat(instance).isEnded().hasNotPassed(Element.user_inform_victim.id());
        InOrder order = inOrder(cases);
        order.verify(cases).recordOutcome(1L, SubjectGroupOutcome.NO_BREACH_OF_STANDARDS);
        order.verify(cases).conclude(REFERENCE);
    }

    private void givenGroup(long id, PersonnelCategory category, String nationality, boolean breach) {
        groups.put(id, new SubjectGroup(id, category, nationality, List.of(), breach, null));
    }

    private ProcessInstance start() {
        Map<String, Object> variables = new HashMap<>();
        Variables.CASE_REFERENCE.put(variables, REFERENCE);
        Variables.RECEIVED_AT.put(variables, Date.from(Instant.parse("2026-11-20T09:30:00Z")));
        Variables.ENTITY.put(variables, "MINUSCA");
        Variables.ALLEGATION_TYPE.put(variables, "TRANSACTIONAL_SEX");
        Variables.MINOR_INVOLVED.put(variables, false);
        ProcessInstance instance =
                engine.getRuntimeService().startProcessInstanceByKey(SeaCaseProcess.KEY, REFERENCE, variables);
        runDueJobs();
        return instance;
    }

    /** Executes the asynchronous continuations the model committed, as the job executor would. */
    private void runDueJobs() {
        List<org.camunda.bpm.engine.runtime.Job> jobs;
        while (!(jobs = engine.getManagementService()
                        .createJobQuery()
                        .executable()
                        .list())
                .isEmpty()) {
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    private void completeTask(Task task, Map<String, Object> variables) {
        engine.getTaskService().complete(task.getId(), variables);
        runDueJobs();
    }

    private ProcessInstance assessed() {
        ProcessInstance instance = start();
        completeTask(task(Element.user_assess_allegation.id(), instance), Map.of());
        return instance;
    }

    private List<ProcessInstance> called(String key) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(key)
                .active()
                .list();
    }

    private ProcessInstance single(String key) {
        List<ProcessInstance> instances = called(key);
        assertThat(instances).as("running %s instances", key).hasSize(1);
        return instances.get(0);
    }

    private Object variable(ProcessInstance instance, String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }

    private void finish(ProcessInstance stub, Map<String, Object> outputs) {
        Task work = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(stub.getId())
                .singleResult();
        engine.getTaskService().complete(work.getId(), outputs);
        runDueJobs();
    }

    private void finishAll(String key) {
        called(key).forEach(stub -> finish(stub, Map.of()));
    }
}
