package org.safeguard.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safeguard.base.processes.MemberStateEngagementProcess;
import org.safeguard.base.processes.VictimAssistanceProcess;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.investigation.Finding;
import org.safeguard.investigation.FindingCode;
import org.safeguard.investigation.Investigations;
import org.safeguard.investigation.Report;
import org.safeguard.investigation.ReviewDecision;
import org.safeguard.investigation.StepNotes;
import org.safeguard.memberstate.ActionKind;
import org.safeguard.memberstate.ActionTaken;
import org.safeguard.memberstate.EngagementPurpose;
import org.safeguard.memberstate.MemberStateEngagements;
import org.safeguard.memberstate.MemberStateReply;
import org.safeguard.memberstate.MemberStateResponses;
import org.safeguard.memberstate.ReplyKind;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.CaseApi;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.MovableClock;
import org.safeguard.testsupport.MovingClocks;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SignedIn;
import org.safeguard.testsupport.SubjectGroupFixture;
import org.safeguard.victim.Assistance;
import org.safeguard.victim.AssistanceTasks;
import org.safeguard.victim.ConsentGiver;
import org.safeguard.victim.ConsentScope;
import org.safeguard.victim.Need;
import org.safeguard.victim.Referrals;
import org.safeguard.victim.VictimConsents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The clocks SlaClocksIT does not walk, each on a real process with the engine's and the
 * application's clocks moved together: the victim's referral (hours), the assistance follow-up
 * (days, started by a timer), the Member State's report of actions taken (a timer per cycle) and
 * the investigation's target (the investigation file, watched by the model's timers). Each runs,
 * turns at risk, breaches and ends late, or is met when done in time; each pauses and resumes with
 * its target, and the engine's own date, moved by exactly the time paused (these clocks count
 * hours and calendar days; working days are SlaClocksIT's and PausedClockArithmeticTest's). A task
 * removed before its target (consent withdrawn) cancels its clock.
 */
@SafeguardIntegrationTest
// The same context as SlaClocksIT (its fixtures and observability), so the run starts it once.
@AutoConfigureObservability(metrics = true, tracing = false)
@Import(SlaClocksIT.Fixtures.class)
class ClockLifecyclesIT {

    /** A Monday morning in a year no other test uses for its clocks. */
    static final Instant MONDAY = Instant.parse("2028-02-07T09:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    SlaClocks clocks;

    @Autowired
    CaseFiles cases;

    @Autowired
    Assistance assistance;

    @Autowired
    AssistanceTasks assistanceTasks;

    @Autowired
    Referrals referrals;

    @Autowired
    VictimConsents consents;

    @Autowired
    Investigations investigations;

    @Autowired
    MemberStateEngagements engagements;

    @Autowired
    MemberStateResponses responses;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    DueJobs dueJobs;
    CaseApi caseApi;

    @RegisterExtension
    final MovingClocks time = new MovingClocks();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        dueJobs = new DueJobs(runtime, management);
        caseApi = new CaseApi(api, dueJobs);
        time.moveTo(MONDAY);
    }

    // --- VICTIM_REFERRAL: the consent task's due date, 24 hours ---

    @Test
    void the_victim_referral_clock_runs_turns_at_risk_breaches_and_ends_late() {
        String reference = caseApi.registerReceivedAt(clock.instant());
        CaseClock started = only(reference, ClockKind.VICTIM_REFERRAL);
        assertThat(started.state()).isEqualTo(ClockState.RUNNING);
        assertThat(started.candidateGroup()).isEqualTo("vra");
        assertThat(Duration.between(started.startedAt(), started.targetAt())).isEqualTo(Duration.ofHours(24));

        time.moveTo(started.warnings().get(0).plusSeconds(60));
        assertThat(only(reference, ClockKind.VICTIM_REFERRAL).state()).isEqualTo(ClockState.AT_RISK);
        time.moveTo(started.targetAt().plusSeconds(60));
        assertThat(only(reference, ClockKind.VICTIM_REFERRAL).state()).isEqualTo(ClockState.BREACHED);

        recordConsent(reference);
        CaseClock late = only(reference, ClockKind.VICTIM_REFERRAL);
        assertThat(late.state()).isEqualTo(ClockState.BREACHED);
        assertThat(late.endedAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.SECONDS));
    }

    @Test
    void consent_recorded_within_a_day_meets_the_victim_referral_clock() {
        String reference = caseApi.registerReceivedAt(clock.instant());
        time.moveTo(MONDAY.plus(Duration.ofHours(5)));

        recordConsent(reference);

        CaseClock met = only(reference, ClockKind.VICTIM_REFERRAL);
        assertThat(met.state()).isEqualTo(ClockState.MET);
        assertThat(met.endedAt()).isCloseTo(MONDAY.plus(Duration.ofHours(5)), within(1, ChronoUnit.SECONDS));
    }

    @Test
    void a_victim_unreachable_for_thirty_hours_moves_the_referral_target_and_the_task_due_date_by_thirty_hours() {
        String reference = caseApi.registerReceivedAt(clock.instant());
        CaseClock started = only(reference, ClockKind.VICTIM_REFERRAL);

        pause(started, "Victim unreachable");
        time.moveTo(MONDAY.plus(Duration.ofHours(30)));
        assertThat(only(reference, ClockKind.VICTIM_REFERRAL).state())
                .as("paused past its target")
                .isEqualTo(ClockState.PAUSED);
        CaseClock resumed = resume(started);

        assertThat(resumed.state()).isEqualTo(ClockState.RUNNING);
        assertThat(resumed.targetAt()).isEqualTo(started.targetAt().plus(Duration.ofHours(30)));
        assertThat(taskDue(started)).isEqualTo(resumed.targetAt());
    }

    // --- ASSISTANCE_FOLLOW_UP: the follow-up task, created by the 30-day timer, due 30 days later ---

    @Test
    void the_assistance_follow_up_clock_starts_with_its_task_turns_at_risk_breaches_and_ends_late() {
        String reference = caseApi.registerReceivedAt(clock.instant());
        CaseClock started = followUpDue(reference);
        assertThat(started.state()).isEqualTo(ClockState.RUNNING);
        assertThat(started.candidateGroup()).isEqualTo("vra");
        assertThat(Duration.between(started.startedAt(), started.targetAt())).isEqualTo(Duration.ofDays(30));

        time.moveTo(started.warnings().get(0).plusSeconds(60));
        assertThat(only(reference, ClockKind.ASSISTANCE_FOLLOW_UP).state()).isEqualTo(ClockState.AT_RISK);
        time.moveTo(started.targetAt().plusSeconds(60));
        assertThat(only(reference, ClockKind.ASSISTANCE_FOLLOW_UP).state()).isEqualTo(ClockState.BREACHED);

        followUp(reference, false);
        CaseClock late = only(reference, ClockKind.ASSISTANCE_FOLLOW_UP);
        assertThat(late.state()).isEqualTo(ClockState.BREACHED);
        assertThat(late.endedAt()).isNotNull();
    }

    @Test
    void a_follow_up_done_in_time_meets_its_clock_and_the_next_cycle_starts_a_new_one() {
        String reference = caseApi.registerReceivedAt(clock.instant());
        CaseClock first = followUpDue(reference);
        time.moveTo(first.startedAt().plus(Duration.ofDays(3)));

        followUp(reference, true);

        assertThat(clocksOf(reference, ClockKind.ASSISTANCE_FOLLOW_UP))
                .singleElement()
                .satisfies(clock -> {
                    assertThat(clock.id()).isEqualTo(first.id());
                    assertThat(clock.state()).isEqualTo(ClockState.MET);
                });
        time.moveTo(first.startedAt().plus(Duration.ofDays(3 + 30)).plusSeconds(60));
        dueJobs.runFor(reference);
        assertThat(clocksOf(reference, ClockKind.ASSISTANCE_FOLLOW_UP))
                .hasSize(2)
                .filteredOn(clock -> !clock.id().equals(first.id()))
                .singleElement()
                .satisfies(next -> assertThat(next.state()).isEqualTo(ClockState.RUNNING));
    }

    @Test
    void a_paused_follow_up_clock_resumes_with_its_target_moved_by_the_days_paused() {
        String reference = caseApi.registerReceivedAt(clock.instant());
        CaseClock started = followUpDue(reference);

        pause(started, "Victim travelling");
        time.moveTo(started.startedAt().plus(Duration.ofDays(4)));
        CaseClock resumed = resume(started);

        assertThat(resumed.targetAt()).isEqualTo(started.targetAt().plus(Duration.ofDays(4)));
        assertThat(taskDue(started)).isEqualTo(resumed.targetAt());
    }

    @Test
    void consent_withdrawn_while_the_follow_up_is_open_cancels_its_clock() {
        String reference = caseApi.registerReceivedAt(clock.instant());
        CaseClock started = followUpDue(reference);
        time.moveTo(started.startedAt().plus(Duration.ofDays(2)));

        try (var signedIn = SignedIn.as(contexts, "vra", Role.VRA)) {
            Task task = task(reference, VictimAssistanceProcess.Element.user_follow_up.id());
            consents.withdraw(
                    assistanceTasks
                            .victimOf(task.getId(), VictimAssistanceProcess.Element.user_follow_up.id())
                            .id(),
                    ConsentScope.ASSISTANCE);
        }
        dueJobs.runFor(reference);

        CaseClock cancelled = only(reference, ClockKind.ASSISTANCE_FOLLOW_UP);
        assertThat(cancelled.state()).isEqualTo(ClockState.CANCELLED);
        assertThat(cancelled.endedAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.SECONDS));
    }

    // --- ACTIONS_REPORTED: one timer per 90-day follow-up cycle, from the last contact ---

    @Test
    void the_actions_reported_clock_breaches_when_its_cycle_ends_and_the_next_cycle_is_met_by_the_report() {
        String reference = caseApi.registerReceivedAt(clock.instant());
        long engagementId = actionsRequestedAndAcknowledged(reference);
        CaseClock cycle = only(reference, ClockKind.ACTIONS_REPORTED);
        assertThat(cycle.id()).startsWith("J-");
        assertThat(cycle.state()).isEqualTo(ClockState.RUNNING);
        assertThat(cycle.memberState()).isEqualTo("CA");
        assertThat(Duration.between(clock.instant(), cycle.targetAt())).isEqualTo(Duration.ofDays(90));

        time.moveTo(cycle.warnings().get(0).plusSeconds(60));
        assertThat(only(reference, ClockKind.ACTIONS_REPORTED).state()).isEqualTo(ClockState.AT_RISK);
        time.moveTo(cycle.targetAt().plusSeconds(60));
        assertThat(only(reference, ClockKind.ACTIONS_REPORTED).state()).isEqualTo(ClockState.BREACHED);

        dueJobs.runFor(reference);
        List<CaseClock> cycles = clocksOf(reference, ClockKind.ACTIONS_REPORTED);
        assertThat(cycles).hasSize(2);
        CaseClock missed = byId(cycles, cycle.id());
        assertThat(missed.state())
                .as("the cycle ended with a follow-up, not a report")
                .isEqualTo(ClockState.BREACHED);
        assertThat(missed.endedAt()).isNotNull();
        CaseClock next = cycles.stream()
                .filter(c -> !c.id().equals(cycle.id()))
                .findFirst()
                .orElseThrow();
        assertThat(next.state()).isEqualTo(ClockState.RUNNING);

        time.moveTo(clock.instant().plus(Duration.ofDays(10)));
        responses.receive(
                engagementId,
                new MemberStateReply(
                        ReplyKind.ACTIONS_REPORTED,
                        clock.instant(),
                        null,
                        null,
                        List.of(new ActionTaken(ActionKind.REPATRIATION, LocalDate.of(2028, 3, 1), null))));
        CaseClock reported = byId(clocksOf(reference, ClockKind.ACTIONS_REPORTED), next.id());
        assertThat(reported.state()).isEqualTo(ClockState.MET);
        assertThat(reported.endedAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.SECONDS));
    }

    @Test
    void a_paused_actions_reported_clock_does_not_fire_and_resumes_with_its_timer_moved_by_the_days_paused() {
        String reference = caseApi.registerReceivedAt(clock.instant());
        actionsRequestedAndAcknowledged(reference);
        CaseClock cycle = only(reference, ClockKind.ACTIONS_REPORTED);
        Instant pausedAt = clock.instant();

        pause(cycle, "Awaiting the Member State's new focal point");
        time.moveTo(cycle.targetAt().plus(Duration.ofDays(1)));
        dueJobs.runFor(reference);
        assertThat(job(cycle)).as("the paused timer did not fire").isNotNull();
        Duration paused = Duration.between(pausedAt, clock.instant());
        CaseClock resumed = resume(cycle);

        assertThat(resumed.targetAt()).isEqualTo(cycle.targetAt().plus(paused));
        assertThat(job(cycle).getDuedate().toInstant()).isEqualTo(resumed.targetAt());
        assertThat(job(cycle).isSuspended()).isFalse();
    }

    // --- INVESTIGATION: the investigation file's target, 90 days for rape ---

    @Test
    void the_investigation_clock_turns_at_risk_at_half_its_span_breaches_at_its_target_and_ends_late() {
        SubjectGroupFixture group = SubjectGroupFixture.insert(jdbc);
        ProcessInstance instance = startInvestigation(group);
        CaseClock started = only(group.caseReference(), ClockKind.INVESTIGATION);
        assertThat(started.id()).startsWith("I-");
        assertThat(started.state()).isEqualTo(ClockState.RUNNING);
        assertThat(started.candidateGroup()).isEqualTo("investigator");
        assertThat(Duration.between(started.startedAt(), started.targetAt())).isEqualTo(Duration.ofDays(90));
        assertThat(started.warnings().get(0)).isEqualTo(started.startedAt().plus(Duration.ofDays(45)));

        time.moveTo(started.warnings().get(0).plusSeconds(60));
        dueJobs.runFor(group.caseReference());
        assertThat(only(group.caseReference(), ClockKind.INVESTIGATION).state()).isEqualTo(ClockState.AT_RISK);
        time.moveTo(started.targetAt().plusSeconds(60));
        dueJobs.runFor(group.caseReference());
        CaseClock overdue = only(group.caseReference(), ClockKind.INVESTIGATION);
        assertThat(overdue.state()).isEqualTo(ClockState.BREACHED);
        assertThat(overdue.endedAt()).isNull();

        investigate(instance);
        CaseClock late = only(group.caseReference(), ClockKind.INVESTIGATION);
        assertThat(late.state()).isEqualTo(ClockState.BREACHED);
        assertThat(late.endedAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.SECONDS));
    }

    @Test
    void an_investigation_closed_before_its_target_meets_its_clock() {
        SubjectGroupFixture group = SubjectGroupFixture.insert(jdbc);
        ProcessInstance instance = startInvestigation(group);
        time.moveTo(MONDAY.plus(Duration.ofDays(20)));

        investigate(instance);

        CaseClock met = only(group.caseReference(), ClockKind.INVESTIGATION);
        assertThat(met.state()).isEqualTo(ClockState.MET);
        assertThat(met.endedAt()).isCloseTo(MONDAY.plus(Duration.ofDays(20)), within(1, ChronoUnit.SECONDS));
    }

    @Test
    void managers_pause_an_investigation_clock_over_the_api_and_its_target_and_warning_timer_move_by_the_days_paused() {
        SubjectGroupFixture group = SubjectGroupFixture.insert(jdbc);
        ProcessInstance instance = startInvestigation(group);
        CaseClock started = only(group.caseReference(), ClockKind.INVESTIGATION);
        Instant warningBefore = firstWarningDue(instance);
        String path = "/api/sla-clocks/" + started.id();

        HttpResponse<String> paused = api.send("manager", "POST", path + "/pause", "{\"reason\":\"Witness abroad\"}");
        assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
        assertThat(Api.json(paused).get("state").asText()).isEqualTo("PAUSED");
        time.moveTo(started.warnings().get(0).plus(Duration.ofDays(1)));
        dueJobs.runFor(group.caseReference());
        assertThat(only(group.caseReference(), ClockKind.INVESTIGATION).state())
                .as("no warning while paused")
                .isEqualTo(ClockState.PAUSED);
        Duration pausedFor = Duration.between(MONDAY, clock.instant());

        HttpResponse<String> resumed = api.send("manager", "POST", path + "/resume", null);
        assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(200);
        assertThat(Instant.parse(Api.json(resumed).get("targetAt").asText()))
                .isEqualTo(started.targetAt().plus(pausedFor));
        assertThat(firstWarningDue(instance)).isEqualTo(warningBefore.plus(pausedFor));
        assertThat(only(group.caseReference(), ClockKind.INVESTIGATION).state()).isEqualTo(ClockState.RUNNING);
        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_event WHERE case_reference = ? AND action LIKE 'SLA_%'"
                                + " ORDER BY id",
                        String.class, group.caseReference()))
                .containsExactly("SLA_CLOCK_PAUSED", "SLA_CLOCK_RESUMED");
    }

    // --- helpers ---

    private void recordConsent(String reference) {
        try (var signedIn = SignedIn.as(contexts, "vra", Role.VRA)) {
            Task task = task(reference, VictimAssistanceProcess.Element.user_record_consent.id());
            long victimId = assistanceTasks
                    .victimOf(task.getId(), VictimAssistanceProcess.Element.user_record_consent.id())
                    .id();
            assistance.completeConsentGate(task.getId(), victimId, true, ConsentGiver.PARENT_OR_GUARDIAN);
        }
        dueJobs.runFor(reference);
    }

    /** Consent, needs (medical), the referral, then the 30-day timer: the follow-up task is open. */
    private CaseClock followUpDue(String reference) {
        recordConsent(reference);
        try (var signedIn = SignedIn.as(contexts, "vra", Role.VRA)) {
            Task needs = task(reference, VictimAssistanceProcess.Element.user_assess_needs.id());
            long victimId = assistanceTasks
                    .victimOf(needs.getId(), VictimAssistanceProcess.Element.user_assess_needs.id())
                    .id();
            assistance.completeNeedsAssessment(needs.getId(), victimId, List.of(Need.MEDICAL));
            dueJobs.runFor(reference);
            Task refer = task(reference, VictimAssistanceProcess.Element.user_refer_to_provider.id());
            long referralId = assistanceTasks
                    .referralOf(refer.getId(), VictimAssistanceProcess.Element.user_refer_to_provider.id())
                    .id();
            referrals.completeReferral(refer.getId(), referralId, "CLINIC-12", "Clinique de l'Espoir");
        }
        dueJobs.runFor(reference);
        Job timer = management
                .createJobQuery()
                .processInstanceId(instanceOf(reference, "victim-assistance"))
                .timers()
                .singleResult();
        time.moveTo(timer.getDuedate().toInstant().plusSeconds(1));
        dueJobs.runFor(reference);
        assertThat(task(reference, VictimAssistanceProcess.Element.user_follow_up.id()))
                .isNotNull();
        return only(reference, ClockKind.ASSISTANCE_FOLLOW_UP);
    }

    private void followUp(String reference, boolean continueAssistance) {
        try (var signedIn = SignedIn.as(contexts, "vra", Role.VRA)) {
            Task task = task(reference, VictimAssistanceProcess.Element.user_follow_up.id());
            long victimId = assistanceTasks
                    .victimOf(task.getId(), VictimAssistanceProcess.Element.user_follow_up.id())
                    .id();
            assistance.completeFollowUp(task.getId(), victimId, continueAssistance);
        }
        dueJobs.runFor(reference);
    }

    /**
     * The Member State is asked for the actions it took about the case's subject group (as the
     * accountability process asks after a substantiated finding), the note goes out and it
     * acknowledges: the first 90-day follow-up cycle runs. Answers the engagement.
     */
    private long actionsRequestedAndAcknowledged(String reference) {
        Map<String, Object> variables = new HashMap<>();
        MemberStateEngagementProcess.Variables.CASE_REFERENCE.put(variables, reference);
        MemberStateEngagementProcess.Variables.SUBJECT_GROUP_ID.put(
                variables, cases.subjectGroupIds(reference).get(0));
        MemberStateEngagementProcess.Variables.NATIONALITY.put(variables, "CA");
        MemberStateEngagementProcess.Variables.PURPOSE.put(variables, EngagementPurpose.ACTIONS_TAKEN.name());
        variables.put("personnelCategory", "MILITARY_CONTINGENT");
        variables.put("allegationType", "TRANSACTIONAL_SEX");
        variables.put("minorInvolved", true);
        variables.put("entity", "MINUSCA");
        runtime.startProcessInstanceByKey(MemberStateEngagementProcess.KEY, reference, variables);
        dueJobs.runFor(reference);
        Task note = task(reference, MemberStateEngagementProcess.Element.user_send_note_verbale.id());
        long engagementId = (Long) tasks.getVariable(note.getId(), "engagementId");
        engagements.noteVerbaleSent(note.getId(), engagementId, "NV/2028/" + engagementId);
        dueJobs.runFor(reference);
        time.moveTo(clock.instant().plus(Duration.ofDays(2)));
        responses.receive(engagementId, new MemberStateReply(ReplyKind.ACKNOWLEDGED, clock.instant(), null, null));
        dueJobs.runFor(reference);
        return engagementId;
    }

    private ProcessInstance startInvestigation(SubjectGroupFixture group) {
        ProcessInstance instance = runtime.startProcessInstanceByKey(
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
                        false,
                        // What the case hands on when it routes the group: the policy gives rape 90 days.
                        "allegationType",
                        "RAPE",
                        "minorInvolved",
                        false,
                        "personnelCategory",
                        "MILITARY_CONTINGENT"));
        dueJobs.runFor(group.caseReference());
        return instance;
    }

    private void investigate(ProcessInstance instance) {
        investigations.planInvestigation(task(instance, "user_plan_investigation"), new StepNotes("Plan"));
        investigations.recordSubjectAndWitnessInterviews(
                task(instance, "user_interview_subject_and_witnesses"),
                new StepNotes("Subject and two witnesses heard"));
        investigations.recordEvidence(task(instance, "user_gather_evidence"), new StepNotes("Duty rosters"));
        investigations.submitReport(task(instance, "user_write_report"), new Report("Final"));
        investigations.review(task(instance, "user_review_report"), new ReviewDecision(true, null));
        investigations.recordFinding(
                task(instance, "user_decide_finding"), new Finding(FindingCode.SUBSTANTIATED, "Corroborated"));
    }

    private Instant firstWarningDue(ProcessInstance instance) {
        return management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId("timer_first_warning")
                .singleResult()
                .getDuedate()
                .toInstant();
    }

    private String task(ProcessInstance instance, String key) {
        return tasks.createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(key)
                .singleResult()
                .getId();
    }

    private Task task(String reference, String key) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey(key)
                .singleResult();
    }

    /** The case's one instance of that process. */
    private String instanceOf(String reference, String processKey) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .processDefinitionKey(processKey)
                .singleResult()
                .getId();
    }

    private void pause(CaseClock caseClock, String reason) {
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            assertThat(clocks.pause(caseClock.id(), reason).state()).isEqualTo(ClockState.PAUSED);
        }
    }

    private CaseClock resume(CaseClock caseClock) {
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            return clocks.resume(caseClock.id());
        }
    }

    private Instant taskDue(CaseClock taskClock) {
        return tasks.createTaskQuery()
                .taskId(taskClock.id().substring(2))
                .singleResult()
                .getDueDate()
                .toInstant();
    }

    private Job job(CaseClock timerClock) {
        return management.createJobQuery().jobId(timerClock.id().substring(2)).singleResult();
    }

    private CaseClock only(String reference, ClockKind kind) {
        List<CaseClock> found = clocksOf(reference, kind);
        assertThat(found).as("%s clocks of %s", kind, reference).hasSize(1);
        return found.get(0);
    }

    private List<CaseClock> clocksOf(String reference, ClockKind kind) {
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            return clocks.query(new SlaClockFilter(null, kind, reference, null, null), 0, 10).stream()
                    .sorted(Comparator.comparing(CaseClock::startedAt))
                    .toList();
        }
    }

    private static CaseClock byId(List<CaseClock> found, String id) {
        return found.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
