package org.safeguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safeguard.accountability.AccountabilityMeasures;
import org.safeguard.accountability.DisciplinaryDecision;
import org.safeguard.accountability.ScreeningEntry;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.CaseOutcome;
import org.safeguard.casefile.GroupAssessment;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.casefile.PreliminaryAssessment;
import org.safeguard.casefile.SubjectGroup;
import org.safeguard.casefile.SubjectGroupOutcome;
import org.safeguard.casefile.SubjectGroupRouting;
import org.safeguard.investigation.Finding;
import org.safeguard.investigation.FindingCode;
import org.safeguard.investigation.Investigations;
import org.safeguard.investigation.Report;
import org.safeguard.investigation.ReviewDecision;
import org.safeguard.investigation.StepNotes;
import org.safeguard.memberstate.MemberStateEngagements;
import org.safeguard.memberstate.MemberStateReply;
import org.safeguard.memberstate.MemberStateResponses;
import org.safeguard.memberstate.ReplyKind;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.CapturedLog;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.RealJobExecutor;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SecretScanner;
import org.safeguard.victim.Assistance;
import org.safeguard.victim.ConsentGiver;
import org.safeguard.victim.ConsentScope;
import org.safeguard.victim.Need;
import org.safeguard.victim.Referrals;
import org.safeguard.victim.VictimConsents;
import org.safeguard.victim.VictimIdentity;
import org.safeguard.victim.Victims;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestPropertySource;

/**
 * A case with recognisable victim data runs its whole lifecycle (intake, assessment, routing,
 * assistance with a referral, a Member State's reply, an investigation, its finding,
 * accountability, the victim informed), then the engine's tables, the application log and
 * every response that a role without access to identities receives are searched for the
 * victim's name, contact, safe-contact notes and the free-text narratives: none may appear.
 * The advocate reads the identity back, proving the markers were stored.
 */
@SafeguardIntegrationTest
@TestPropertySource(
        properties = {
            "camunda.bpm.job-execution.enabled=true",
            "camunda.bpm.job-execution.wait-time-in-millis=100",
            "camunda.bpm.job-execution.max-wait=500"
        })
@ExtendWith(RealJobExecutor.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VictimDataDoesNotLeakIT {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    static final String NAME = "Zyxwanda Quilborne";
    static final String CONTACT = "+236 7012 9944";
    static final String SAFE_CONTACT_NOTES = "Meet at the Quolvexine market stall after dusk";
    static final String NARRATIVE = "Reported at the clinic. NARRATIVE-MARKER-Vb93Tq";
    /** Free text of the investigation and accountability files: it belongs in their tables, never in the engine. */
    static final String FILE_NARRATIVE = "FILE-MARKER-Kp27Wd";

    static final String DEBUG_CONTROL = "leak test: DEBUG capture on";
    static final SecretScanner SECRETS = new SecretScanner(List.of(
            NAME,
            "Zyxwanda",
            "Quilborne",
            CONTACT,
            "7012 9944",
            "70129944",
            "Quolvexine",
            "NARRATIVE-MARKER-Vb93Tq",
            FILE_NARRATIVE));

    /** Every role but the advocate's. */
    static final List<String> WITHOUT_IDENTITY_ACCESS =
            List.of("intake", "investigator", "manager", "auditor", "owner", "admin", "focal-ca");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @Autowired
    CaseFiles cases;

    @Autowired
    PreliminaryAssessment assessment;

    @Autowired
    SubjectGroupRouting routing;

    @Autowired
    MemberStateEngagements engagements;

    @Autowired
    MemberStateResponses responses;

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

    @Autowired
    Victims victims;

    Api api;
    CapturedLog log;
    String reference;
    long victimId;
    final List<String> responseHits = new ArrayList<>();

    @BeforeAll
    void aWholeCaseWithRecognisableVictimData() {
        api = new Api(port);
        // The engine's own DEBUG lines echo what it stores, which the table scan covers.
        log = CapturedLog.start("org.safeguard");
        LoggerFactory.getLogger(VictimDataDoesNotLeakIT.class).debug(DEBUG_CONTROL);
        HttpResponse<String> created = api.postCase(
                "intake",
                AllegationJson.anAllegation()
                        .summary(NARRATIVE)
                        .withOnlySubject(PersonnelCategory.MILITARY_CONTINGENT, "CA", "Battalion 3")
                        .withSubject(PersonnelCategory.CIVILIAN_STAFF, null, "Logistics")
                        .victimName(NAME)
                        .victimContact(CONTACT)
                        .victimSafeContactNotes(SAFE_CONTACT_NOTES)
                        .json());
        assertThat(created.statusCode()).isEqualTo(201);
        responseHits.addAll(hitsInResponse("intake POST /api/cases", created));
        reference = Api.json(created).get("reference").asText();
        victimId = cases.victimIds(reference).get(0);
        // An investigator on the team before the assessment: the investigation starts without waiting for one.
        assertThat(api.send("intake", "PUT", "/api/cases/" + reference + "/team/investigator", null)
                        .statusCode())
                .isEqualTo(204);

        assistVictim();
        assessAndHearFromTheMemberState();
        responseHits.addAll(everyRoleReadsEverything("while the case is open"));
        investigateAndHoldAccountable();
        outcome.victimInformed(awaitTask("user_inform_victim").getId());
        // The victim's advocate acts once the executor has finished the step just completed (asyncAfter):
        // acting on an execution the executor is moving meets an optimistic-locking refusal.
        await().atMost(PATIENCE).until(() -> new DueJobs(runtime, management).noneDueFor(reference));
        consents.withdraw(victimId, ConsentScope.ASSISTANCE);
        await().atMost(PATIENCE)
                .until(() -> runtime.createProcessInstanceQuery()
                                .processInstanceBusinessKey(reference)
                                .count()
                        == 0);
        responseHits.addAll(everyRoleReadsEverything("after the case ended"));
    }

    @AfterAll
    void stopCapturingTheLog() {
        log.close();
    }

    @Test
    @Order(1)
    void the_advocate_reads_the_identity_back_so_the_markers_were_really_stored() {
        VictimIdentity identity = asUser("vra", "ROLE_VRA", () -> victims.identity(victimId));

        assertThat(identity).isEqualTo(new VictimIdentity(NAME, CONTACT, SAFE_CONTACT_NOTES));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'VICTIM_IDENTITY_READ'"
                                + " AND target = ? AND actor = 'vra'",
                        Long.class,
                        "victim:" + victimId))
                .isOne();
        assertThat(jdbc.queryForObject("SELECT summary FROM case_file WHERE reference = ?", String.class, reference))
                .isEqualTo(NARRATIVE);
    }

    @Test
    @Order(2)
    void no_column_of_any_engine_table_holds_a_marker() {
        assertThat(SECRETS.hitsInEngineTables(dataSource))
                .as("victim data or narrative found in these engine columns (table.column: marker)")
                .isEmpty();

        // The scan can fail: it finds the case's business key and the deployed models' bytes.
        assertThat(new SecretScanner(List.of(reference, "user_assess_allegation")).hitsInEngineTables(dataSource))
                .anyMatch(hit -> hit.toUpperCase().startsWith("ACT_HI_PROCINST.BUSINESS_KEY_"))
                .anyMatch(hit -> hit.toUpperCase().startsWith("ACT_GE_BYTEARRAY.BYTES_"));
    }

    @Test
    @Order(3)
    void no_response_or_header_that_a_role_without_identity_access_receives_holds_a_marker() {
        assertThat(responseHits)
                .as("victim data or narrative found in these responses (role, moment, request: marker)")
                .isEmpty();

        HttpResponse<String> theCase = api.get("intake", "/api/cases/" + reference);
        assertThat(theCase.statusCode()).isEqualTo(200);
        assertThat(SECRETS.hitsInBody("control", theCase.body())).isEmpty();
        assertThat(new SecretScanner(List.of(reference)).hitsInBody("control", theCase.body()))
                .isNotEmpty();
    }

    @Test
    @Order(4)
    void the_application_log_holds_no_marker_even_at_debug_level() {
        List<String> lines = log.lines();
        List<String> hits = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (String hit : SECRETS.hitsIn("log line " + i, lines.get(i))) {
                hits.add(hit + "  <<" + lines.get(i) + ">>");
            }
        }

        assertThat(hits).as("victim data or narrative found in the log").isEmpty();
        assertThat(lines)
                .as("the capture sees DEBUG lines under org.safeguard")
                .anyMatch(line -> line.contains(DEBUG_CONTROL));
    }

    private void assistVictim() {
        assistance.completeConsentGate(
                awaitTask("user_record_consent").getId(), victimId, true, ConsentGiver.PARENT_OR_GUARDIAN);
        assistance.completeNeedsAssessment(awaitTask("user_assess_needs").getId(), victimId, List.of(Need.MEDICAL));
        referrals.completeReferral(
                awaitTask("user_refer_to_provider").getId(),
                referrals.ofVictim(victimId).get(0).id(),
                "MSF-BGI",
                "Clinic");
    }

    private void assessAndHearFromTheMemberState() {
        assessment.complete(
                awaitTask("user_assess_allegation").getId(),
                List.of(
                        new GroupAssessment(group(PersonnelCategory.MILITARY_CONTINGENT), true, null),
                        new GroupAssessment(group(PersonnelCategory.CIVILIAN_STAFF), true, null)));
        Task note = awaitTask("user_send_note_verbale");
        long engagementId = (Long) tasks.getVariable(note.getId(), "engagementId");
        engagements.noteVerbaleSent(note.getId(), engagementId, "NV/2026/017");
        responses.receive(
                engagementId,
                new MemberStateReply(
                        ReplyKind.WILL_INVESTIGATE, Instant.now(), "Col. A. Officer", "officer@example.org"));
        awaitTask("user_plan_investigation");
    }

    private void investigateAndHoldAccountable() {
        investigations.planInvestigation(
                awaitTask("user_plan_investigation").getId(), new StepNotes("Plan " + FILE_NARRATIVE));
        investigations.recordSubjectAndWitnessInterviews(
                awaitTask("user_interview_subject_and_witnesses").getId(),
                new StepNotes("Interviews " + FILE_NARRATIVE));
        investigations.recordEvidence(
                awaitTask("user_gather_evidence").getId(), new StepNotes("Evidence " + FILE_NARRATIVE));
        investigations.submitReport(awaitTask("user_write_report").getId(), new Report("Report " + FILE_NARRATIVE));
        investigations.review(awaitTask("user_review_report").getId(), new ReviewDecision(true, null));
        investigations.recordFinding(
                awaitTask("user_decide_finding").getId(),
                new Finding(FindingCode.SUBSTANTIATED, "Corroborated " + FILE_NARRATIVE));
        accountability.decideDisciplinaryMeasures(
                awaitTask("user_decide_disciplinary_measures").getId(),
                new DisciplinaryDecision("Separation from service", "Reasons " + FILE_NARRATIVE));
        accountability.enterInScreeningDatabase(
                awaitTask("user_enter_screening_database").getId(), new ScreeningEntry("CR-2026-0017"));
        routing.recordNationalFinding(
                awaitTask("user_record_national_finding").getId(), SubjectGroupOutcome.NOT_SUBSTANTIATED);
    }

    /** Every GET a client could make about this case, by every role without access to identities. */
    private List<String> everyRoleReadsEverything(String moment) {
        List<String> paths = paths();
        List<String> hits = new ArrayList<>();
        for (String user : WITHOUT_IDENTITY_ACCESS) {
            for (String path : paths) {
                hits.addAll(hitsInResponse(user + ", " + moment + ", GET " + path, api.get(user, path)));
            }
        }
        return hits;
    }

    private List<String> paths() {
        List<String> paths = new ArrayList<>(List.of(
                "/api/cases/" + reference,
                "/api/audit?limit=1000",
                "/api/audit?caseReference=" + reference,
                "/engine-rest/task",
                "/engine-rest/process-instance",
                "/engine-rest/execution",
                "/engine-rest/variable-instance",
                "/engine-rest/variable-instance?deserializeValues=false",
                "/engine-rest/history/process-instance",
                "/engine-rest/history/activity-instance",
                "/engine-rest/history/task",
                "/engine-rest/history/variable-instance",
                "/engine-rest/history/variable-instance?deserializeValues=false",
                "/engine-rest/history/detail",
                "/engine-rest/history/detail?deserializeValues=false",
                "/engine-rest/history/user-operation",
                "/engine-rest/history/identity-link-log",
                "/engine-rest/history/job-log",
                "/engine-rest/history/incident",
                "/engine-rest/history/decision-instance?includeInputs=true&includeOutputs=true",
                "/engine-rest/incident",
                "/engine-rest/job",
                "/engine-rest/event-subscription"));
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .list()) {
            Stream.of(
                            "/engine-rest/process-instance/%s",
                            "/engine-rest/process-instance/%s/variables",
                            "/engine-rest/process-instance/%s/variables?deserializeValues=false",
                            "/engine-rest/process-instance/%s/activity-instances",
                            "/engine-rest/history/process-instance/%s")
                    .forEach(path -> paths.add(path.formatted(instance.getId())));
        }
        for (Task task :
                tasks.createTaskQuery().processInstanceBusinessKey(reference).list()) {
            Stream.of(
                            "/engine-rest/task/%s",
                            "/engine-rest/task/%s/variables",
                            "/engine-rest/task/%s/variables?deserializeValues=false",
                            "/engine-rest/task/%s/localVariables",
                            "/engine-rest/task/%s/form-variables",
                            "/engine-rest/task/%s/form",
                            "/engine-rest/task/%s/comment",
                            "/engine-rest/task/%s/identity-links")
                    .forEach(path -> paths.add(path.formatted(task.getId())));
        }
        // Serialized, byte and file values are not inlined in the lists above.
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(caseInstanceIds())
                .disableCustomObjectDeserialization()
                .list()) {
            if (!List.of("string", "long", "integer", "boolean", "date", "null", "double", "short")
                    .contains(variable.getTypeName())) {
                paths.add("/engine-rest/history/variable-instance/" + variable.getId() + "/data");
            }
        }
        return paths;
    }

    private String[] caseInstanceIds() {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
                .map(HistoricProcessInstance::getId)
                .toArray(String[]::new);
    }

    private static List<String> hitsInResponse(String where, HttpResponse<String> response) {
        List<String> hits =
                new ArrayList<>(SECRETS.hitsInBody(where + " -> " + response.statusCode(), response.body()));
        response.headers()
                .map()
                .forEach((header, values) ->
                        values.forEach(value -> hits.addAll(SECRETS.hitsIn(where + " header " + header, value))));
        return hits;
    }

    private long group(PersonnelCategory category) {
        return cases.subjectGroups(reference).stream()
                .filter(group -> group.personnelCategory() == category)
                .map(SubjectGroup::id)
                .findFirst()
                .orElseThrow();
    }

    private <T> T asUser(String user, String role, Supplier<T> work) {
        securityContexts
                .getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user, null, AuthorityUtils.createAuthorityList(role)));
        try {
            return work.get();
        } finally {
            securityContexts.clearContext();
        }
    }

    /** The open task of that kind in any process of the case, once the job executor has got there. */
    private Task awaitTask(String taskDefinitionKey) {
        return await().atMost(PATIENCE)
                .until(
                        () -> tasks.createTaskQuery()
                                .processInstanceBusinessKey(reference)
                                .taskDefinitionKey(taskDefinitionKey)
                                .singleResult(),
                        task -> task != null);
    }
}
