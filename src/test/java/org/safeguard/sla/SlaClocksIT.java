package org.safeguard.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.memberstate.MemberStateReply;
import org.safeguard.memberstate.MemberStateResponses;
import org.safeguard.memberstate.ReplyKind;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.CaseApi;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.EngagementFixture;
import org.safeguard.testsupport.MovableClock;
import org.safeguard.testsupport.MovingClocks;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * SLA clocks read from a real case's engine state while time moves (the application's clock and the
 * engine's together, due jobs executed as the job executor would): a task clock runs, turns at risk,
 * breaches and ends late or in time; the Member State's reply clock breaches at the reminder and
 * stays an open breach until the reply; a paused timer does not fire and comes back with its target
 * moved by the working time paused; the API and the Prometheus gauges show the same.
 */
@SafeguardIntegrationTest
// Spring Boot tests switch metrics export off unless asked: /actuator/prometheus is under test here.
@AutoConfigureObservability(metrics = true, tracing = false)
@Import(SlaClocksIT.Fixtures.class)
class SlaClocksIT {

    /** A Monday morning, so the working-day arithmetic below does not start on a weekend. */
    static final Instant MONDAY = Instant.parse("2027-03-01T09:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class Fixtures {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    SlaClocks clocks;

    @Autowired
    SlaMetrics metrics;

    @Autowired
    SlaFigures figures;

    @Autowired
    SlaPolicy policy;

    @Autowired
    CaseFiles cases;

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

    @Autowired
    ApplicationContext context;

    Api api;
    DueJobs dueJobs;
    CaseApi caseApi;
    EngagementFixture.Engine engine;

    @RegisterExtension
    final MovingClocks time = new MovingClocks();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        dueJobs = new DueJobs(runtime, management);
        caseApi = new CaseApi(api, dueJobs);
        engine = EngagementFixture.Engine.of(api, context);
        time.moveTo(MONDAY);
    }

    @Test
    void a_task_clock_runs_turns_at_risk_breaches_and_ends_late() {
        String reference = caseApi.registerReceivedAt(clock.instant());
        CaseClock started = clock(reference, ClockKind.PRELIMINARY_ASSESSMENT);
        assertThat(started.state()).isEqualTo(ClockState.RUNNING);
        assertThat(started.id()).startsWith("T-");
        assertThat(started.targetAt()).isEqualTo(dueDateOf(started));
        assertThat(started.candidateGroup()).isEqualTo("intake");
        assertThat(started.entity()).isEqualTo("MINUSCA");
        assertThat(started.memberState()).isEqualTo("CA");
        assertThat(started.warnings()).hasSize(1);

        time.moveTo(started.warnings().get(0).plusSeconds(60));
        assertThat(clock(reference, ClockKind.PRELIMINARY_ASSESSMENT).state()).isEqualTo(ClockState.AT_RISK);

        time.moveTo(started.targetAt().plusSeconds(60));
        CaseClock overdue = clock(reference, ClockKind.PRELIMINARY_ASSESSMENT);
        assertThat(overdue.state()).isEqualTo(ClockState.BREACHED);
        assertThat(overdue.endedAt()).isNull();

        engine.assessAsBreachAndContinue(reference);
        CaseClock late = clock(reference, ClockKind.PRELIMINARY_ASSESSMENT);
        assertThat(late.state()).isEqualTo(ClockState.BREACHED);
        assertThat(late.endedAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.SECONDS));
    }

    @Test
    void a_task_done_before_its_target_meets_its_clock() {
        String reference = caseApi.registerReceivedAt(clock.instant());
        time.moveTo(MONDAY.plus(Duration.ofHours(3)));

        engine.assessAsBreachAndContinue(reference);

        CaseClock met = clock(reference, ClockKind.PRELIMINARY_ASSESSMENT);
        assertThat(met.state()).isEqualTo(ClockState.MET);
        assertThat(met.endedAt()).isCloseTo(MONDAY.plus(Duration.ofHours(3)), within(1, ChronoUnit.SECONDS));
    }

    @Test
    void the_member_state_reply_clock_breaches_at_the_reminder_and_stays_open_until_the_reply() {
        String reference = caseApi.registerReceivedAt(clock.instant());
        long engagementId = sendNoteVerbale(reference);
        assertThat(clock(reference, ClockKind.NOTE_VERBALE).state()).isEqualTo(ClockState.MET);
        CaseClock waiting = clock(reference, ClockKind.MEMBER_STATE_REPLY);
        assertThat(waiting.state()).isEqualTo(ClockState.RUNNING);
        assertThat(waiting.id()).startsWith("J-");
        assertThat(waiting.memberState()).isEqualTo("CA");

        time.moveTo(waiting.targetAt().plusSeconds(60));
        assertThat(clock(reference, ClockKind.MEMBER_STATE_REPLY).state()).isEqualTo(ClockState.BREACHED);
        dueJobs.runFor(reference);
        assertThat(management.createJobQuery().jobId(waiting.id().substring(2)).count())
                .isZero();
        CaseClock overdue = clock(reference, ClockKind.MEMBER_STATE_REPLY);
        assertThat(overdue.state()).isEqualTo(ClockState.BREACHED);
        assertThat(overdue.endedAt()).isNull();
        assertThat(count(ClockState.BREACHED, reference)).isGreaterThanOrEqualTo(1);

        responses.receive(
                engagementId,
                new MemberStateReply(
                        ReplyKind.WILL_INVESTIGATE, clock.instant(), "Col. A. Officer", "officer@example.org"));
        CaseClock answered = clock(reference, ClockKind.MEMBER_STATE_REPLY);
        assertThat(answered.state()).isEqualTo(ClockState.BREACHED);
        assertThat(answered.endedAt()).isNotNull();
    }

    @Test
    void a_paused_reply_clock_does_not_fire_and_resumes_with_its_ladder_moved_by_the_working_time_paused() {
        String reference = caseApi.registerReceivedAt(clock.instant());
        sendNoteVerbale(reference);
        CaseClock waiting = clock(reference, ClockKind.MEMBER_STATE_REPLY);
        String jobId = waiting.id().substring(2);
        Instant escalationBefore = escalationDue(jobId);
        Instant pausedAt = clock.instant();

        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            assertThat(clocks.pause(waiting.id(), "Awaiting the Member State's new focal point")
                            .state())
                    .isEqualTo(ClockState.PAUSED);
        }
        time.moveTo(waiting.targetAt().plus(Duration.ofDays(3)));
        dueJobs.runFor(reference);
        assertThat(management.createJobQuery().jobId(jobId).singleResult())
                .as("the paused timer did not fire")
                .isNotNull();
        assertThat(clock(reference, ClockKind.MEMBER_STATE_REPLY).state()).isEqualTo(ClockState.PAUSED);

        CaseClock resumed;
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            resumed = clocks.resume(waiting.id());
        }
        Instant resumedAt = clock.instant();
        SlaAttributes canadian =
                new SlaAttributes(null, "TRANSACTIONAL_SEX", "MILITARY_CONTINGENT", null, "CA", "MINUSCA");
        Instant expected =
                policy.movedTarget(SlaClock.MEMBER_STATE_REMINDER, canadian, waiting.targetAt(), pausedAt, resumedAt);
        assertThat(expected).isAfter(resumedAt);
        assertThat(resumed.state()).isEqualTo(ClockState.RUNNING);
        assertThat(resumed.targetAt()).isEqualTo(expected);
        Job job = management.createJobQuery().jobId(jobId).singleResult();
        assertThat(job.getDuedate().toInstant()).isEqualTo(expected);
        assertThat(job.isSuspended()).isFalse();
        assertThat(escalationDue(jobId))
                .isEqualTo(policy.movedTarget(
                        SlaClock.MEMBER_STATE_REMINDER, canadian, escalationBefore, pausedAt, resumedAt));
        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_event WHERE case_reference = ? AND action LIKE 'SLA_%'"
                                + " ORDER BY id",
                        String.class, reference))
                .containsExactly("SLA_CLOCK_PAUSED", "SLA_CLOCK_RESUMED");
    }

    @Test
    void managers_pause_and_resume_a_task_clock_over_the_api_and_its_due_date_moves_over_the_weekend() {
        String reference = caseApi.registerReceivedAt(clock.instant());
        CaseClock assessmentClock = clock(reference, ClockKind.PRELIMINARY_ASSESSMENT);
        String path = "/api/sla-clocks/" + assessmentClock.id();

        assertThat(api.send("manager", "POST", path + "/pause", "{\"reason\":\" \"}")
                        .body())
                .contains("reason");
        assertThat(api.send("manager", "POST", path + "/pause", "{}").statusCode())
                .isEqualTo(400);
        assertThat(api.send("manager", "POST", path + "/resume", null).statusCode())
                .isEqualTo(409);
        assertThat(api.send(
                                "manager",
                                "POST",
                                "/api/sla-clocks/T-no-such-task/pause",
                                "{\"reason\":\"Victim unreachable\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.send("intake", "POST", path + "/pause", "{\"reason\":\"Victim unreachable\"}")
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> paused =
                api.send("manager", "POST", path + "/pause", "{\"reason\":\"Victim unreachable\"}");
        assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
        assertThat(Api.json(paused).get("state").asText()).isEqualTo("PAUSED");
        assertThat(Api.json(paused).get("pauseReason").asText()).isEqualTo("Victim unreachable");
        assertThat(api.send("manager", "POST", path + "/pause", "{\"reason\":\"Again\"}")
                        .statusCode())
                .isEqualTo(409);
        JsonNode listed = Api.json(api.get(
                "manager",
                "/api/sla-clocks?state=PAUSED&clock=PRELIMINARY_ASSESSMENT" + "&caseReference=" + reference));
        assertThat(listed.get("total").asLong()).isEqualTo(1);
        assertThat(listed.at("/clocks/0/id").asText()).isEqualTo(assessmentClock.id());

        // A week, Monday 09:00 to Monday 09:00: at most five working days at MINUSCA, and the target
        // moves by them on the Central African Republic's working days, so at least a calendar week
        // (PausedClockArithmeticTest pins the exact arithmetic).
        time.moveTo(MONDAY.plus(Duration.ofDays(7)));
        HttpResponse<String> resumed = api.send("manager", "POST", path + "/resume", null);
        assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(200);
        Instant expected = policy.movedTarget(
                SlaClock.PRELIMINARY_ASSESSMENT,
                new SlaAttributes(null, null, null, null, "CA", "MINUSCA"),
                assessmentClock.targetAt(),
                MONDAY,
                MONDAY.plus(Duration.ofDays(7)));
        assertThat(expected).isAfterOrEqualTo(assessmentClock.targetAt().plus(Duration.ofDays(7)));
        assertThat(dueDateOf(assessmentClock)).isEqualTo(expected);
        assertThat(Instant.parse(Api.json(resumed).get("targetAt").asText())).isEqualTo(expected);
        assertThat(api.send("manager", "POST", path + "/resume", null).statusCode())
                .isEqualTo(409);
        assertThat(api.get("manager", "/api/sla-clocks?limit=0").statusCode()).isEqualTo(400);
        assertThat(api.get("manager", "/api/sla-clocks?state=LATE").statusCode())
                .isEqualTo(400);
    }

    @Test
    void prometheus_shows_open_breaches_per_clock_and_entity_and_overdue_replies_to_administrators_only() {
        String reference = caseApi.registerReceivedAt(clock.instant());
        sendNoteVerbale(reference);
        time.moveTo(clock(reference, ClockKind.MEMBER_STATE_REPLY).targetAt().plusSeconds(60));
        dueJobs.runFor(reference);
        long openReplyBreaches;
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            openReplyBreaches =
                    clocks.query(SlaClockFilter.of(ClockState.BREACHED, ClockKind.MEMBER_STATE_REPLY), 0, 200).stream()
                            .filter(found -> found.endedAt() == null && "MINUSCA".equals(found.entity()))
                            .count();
        }
        assertThat(openReplyBreaches).isGreaterThanOrEqualTo(1);

        metrics.refresh();
        HttpResponse<String> scraped = scrape("admin");

        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body())
                .contains("safeguard_sla_open_breaches{clock=\"MEMBER_STATE_REPLY\",entity=\"MINUSCA\"} "
                        + openReplyBreaches + ".0");
        assertThat(scraped.body()).containsPattern("safeguard_notes_verbales_pending\\{state=\"reply_overdue\"} [1-9]");
        assertThat(scraped.body()).contains("safeguard_notes_verbales_pending{state=\"to_send\"}");
        assertThat(scrape("manager").statusCode()).isEqualTo(403);
        assertThat(scrape(null).statusCode()).isEqualTo(401);
    }

    @Test
    void the_dashboard_figures_count_a_breach_by_clock_and_entity_by_week_and_in_the_median_time() {
        String reference = caseApi.registerReceivedAt(clock.instant());
        CaseClock assessmentClock = clock(reference, ClockKind.PRELIMINARY_ASSESSMENT);
        SlaClockFilter thisClock = new SlaClockFilter(null, ClockKind.PRELIMINARY_ASSESSMENT, reference, null, null);
        time.moveTo(assessmentClock.targetAt().plus(Duration.ofDays(1)));

        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            assertThat(figures.openBreachesAndRisks(ClockDimension.CLOCK, thisClock))
                    .containsExactly(new ClockTally("PRELIMINARY_ASSESSMENT", 1, 0));
            assertThat(figures.openBreachesAndRisks(ClockDimension.ENTITY, thisClock))
                    .containsExactly(new ClockTally("MINUSCA", 1, 0));
            OldestBreach oldest = figures.oldestOpenBreach(thisClock).orElseThrow();
            assertThat(oldest.clock().id()).isEqualTo(assessmentClock.id());
            assertThat(oldest.age()).isEqualTo(Duration.ofDays(1));
            LocalDate firstMonday = assessmentClock
                    .targetAt()
                    .atZone(ZoneOffset.UTC)
                    .toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            assertThat(figures.breachesPerWeek(firstMonday, firstMonday.plusWeeks(2), thisClock))
                    .containsExactly(
                            new WeeklyBreaches(firstMonday, 1), new WeeklyBreaches(firstMonday.plusWeeks(1), 0));
        }

        engine.assessAsBreachAndContinue(reference);
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            CaseClock ended = clock(reference, ClockKind.PRELIMINARY_ASSESSMENT);
            assertThat(figures.medianTimeToMilestone(MONDAY, clock.instant().plusSeconds(1), thisClock))
                    .containsExactly(new MilestoneMedian(
                            ClockKind.PRELIMINARY_ASSESSMENT,
                            Duration.between(ended.startedAt(), ended.endedAt()).truncatedTo(ChronoUnit.SECONDS),
                            1));
            assertThat(figures.openBreachesAndRisks(ClockDimension.CLOCK, thisClock))
                    .isEmpty();
        }
    }

    /** As Prometheus scrapes: the text format, HTTP Basic. */
    private HttpResponse<String> scrape(String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .header("Accept", "text/plain");
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Assessed as a breach and notified: the Member State's reply clock runs. */
    private long sendNoteVerbale(String reference) {
        engine.assessAsBreachAndContinue(reference);
        return engine.sendNoteVerbaleAndContinue(reference, "NV/2027/001");
    }

    private CaseClock clock(String reference, ClockKind kind) {
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            List<CaseClock> found = clocks.query(new SlaClockFilter(null, kind, reference, null, null), 0, 10);
            assertThat(found).as("%s clocks of %s", kind, reference).hasSize(1);
            return found.get(0);
        }
    }

    private long count(ClockState state, String reference) {
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            return clocks.count(new SlaClockFilter(state, null, reference, null, null));
        }
    }

    private Instant dueDateOf(CaseClock taskClock) {
        return tasks.createTaskQuery()
                .taskId(taskClock.id().substring(2))
                .singleResult()
                .getDueDate()
                .toInstant();
    }

    private Instant escalationDue(String reminderJobId) {
        String instance =
                management.createJobQuery().jobId(reminderJobId).singleResult().getProcessInstanceId();
        return management
                .createJobQuery()
                .processInstanceId(instance)
                .activityId("timer_escalation_due")
                .singleResult()
                .getDuedate()
                .toInstant();
    }
}
