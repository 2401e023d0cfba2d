package org.safeguard.testsupport;

import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.safeguard.base.processes.MemberStateEngagementProcess;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.GroupAssessment;
import org.safeguard.casefile.PreliminaryAssessment;
import org.safeguard.memberstate.MemberStateEngagements;
import org.springframework.context.ApplicationContext;

/**
 * A case whose subject group of {@code nationality} (military contingent) was assessed, routed to
 * its Member State and notified: the engagement waits for the reply under its ladder. The job
 * executor is off in the tests' context, so the case's due jobs are run here as it would run them.
 */
public record EngagementFixture(String caseReference, long subjectGroupId, long engagementId) {

    public static final String WAITING_FOR_REPLY =
            MemberStateEngagementProcess.Element.receive_member_state_response.id();

    /** Everything a fixture needs from the application context. */
    public record Engine(
            Api api,
            CaseFiles cases,
            PreliminaryAssessment assessment,
            MemberStateEngagements engagements,
            TaskService tasks,
            RuntimeService runtime,
            ManagementService management) {

        /** The fixture's services from the application context, its cases registered through {@code api}. */
        public static Engine of(Api api, ApplicationContext context) {
            return new Engine(
                    api,
                    context.getBean(CaseFiles.class),
                    context.getBean(PreliminaryAssessment.class),
                    context.getBean(MemberStateEngagements.class),
                    context.getBean(TaskService.class),
                    context.getBean(RuntimeService.class),
                    context.getBean(ManagementService.class));
        }

        /** A new case of the example allegation whose subjects are of {@code nationality}, brought to wait for the reply. */
        public EngagementFixture awaitingReply(String nationality) {
            return awaitingReplyOn(
                    new Intake(api).register(AllegationJson.anAllegation().subjectOf(nationality)));
        }

        /** The case {@code reference}, waiting for its assessment, assessed and notified to the Member State. */
        public EngagementFixture awaitingReplyOn(String reference) {
            long groupId = assessAsBreach(reference);
            Task note = task(reference, MemberStateEngagementProcess.Element.user_send_note_verbale.id());
            long engagementId = MemberStateEngagementProcess.Variables.ENGAGEMENT_ID
                    .type()
                    .cast(tasks.getVariable(note.getId(), MemberStateEngagementProcess.Variables.ENGAGEMENT_ID.name()));
            engagements.noteVerbaleSent(note.getId(), engagementId, "NV/2026/" + engagementId);
            runJobsOf(reference);
            return new EngagementFixture(reference, groupId, engagementId);
        }

        /**
         * Completes the case's preliminary assessment, after running its due jobs: its first subject
         * group would breach the standards (a military contingent's Member State is engaged next).
         * Answers the group's id.
         */
        public long assessAsBreach(String reference) {
            long groupId = cases.subjectGroupIds(reference).get(0);
            assessment.complete(
                    task(reference, SeaCaseProcess.Element.user_assess_allegation.id())
                            .getId(),
                    List.of(new GroupAssessment(groupId, true, null)));
            return groupId;
        }

        /**
         * Completes the case's note-verbale task as sent, numbered {@code number} or, when null, by
         * the service. Answers the engagement's id; the jobs the sending makes due are not run.
         */
        public long sendNoteVerbale(String reference, String number) {
            Task note = task(reference, MemberStateEngagementProcess.Element.user_send_note_verbale.id());
            long engagementId = MemberStateEngagementProcess.Variables.ENGAGEMENT_ID
                    .type()
                    .cast(tasks.getVariable(note.getId(), MemberStateEngagementProcess.Variables.ENGAGEMENT_ID.name()));
            engagements.noteVerbaleSent(note.getId(), engagementId, number);
            return engagementId;
        }

        /**
         * The Member State replies to the fixture's engagement through {@code POST /api/member-state-responses}
         * as its focal point (e.g. {@code focal-ca}), with a reply of {@code kind} (an investigation
         * officer named where the kind needs one); the jobs the reply makes due are run.
         */
        public void replies(String focalPoint, EngagementFixture engagement, String kind) {
            String officer = kind.equals("WILL_INVESTIGATE") || kind.equals("JOINT")
                    ? ",\"investigationOfficerName\":\"Maj. C. Tremblay\""
                    : "";
            HttpResponse<String> reply = api.post(
                    focalPoint,
                    "/api/member-state-responses",
                    "application/json",
                    "{\"engagementId\":" + engagement.engagementId() + ",\"kind\":\"" + kind + "\"" + officer + "}",
                    null);
            if (reply.statusCode() != 201) {
                throw new AssertionError("Reply refused: " + reply.statusCode() + " " + reply.body());
            }
            runJobsOf(engagement.caseReference());
        }

        /**
         * Completes the preliminary assessment as a breach as the case stands, without running its
         * due jobs first (a test that moved the clock past a timer's date decides when it fires),
         * then runs the jobs the assessment makes due. Answers the subject group's id.
         */
        public long assessAsBreachAndContinue(String reference) {
            long groupId = cases.subjectGroupIds(reference).get(0);
            assessment.complete(
                    openTask(reference, SeaCaseProcess.Element.user_assess_allegation.id())
                            .getId(),
                    List.of(new GroupAssessment(groupId, true, null)));
            runJobsOf(reference);
            return groupId;
        }

        /**
         * Sends the note verbale as numbered {@code number} as the case stands (no due job run first),
         * then runs the jobs the sending makes due. Answers the engagement's id.
         */
        public long sendNoteVerbaleAndContinue(String reference, String number) {
            Task note = openTask(reference, MemberStateEngagementProcess.Element.user_send_note_verbale.id());
            long engagementId = MemberStateEngagementProcess.Variables.ENGAGEMENT_ID
                    .type()
                    .cast(tasks.getVariable(note.getId(), MemberStateEngagementProcess.Variables.ENGAGEMENT_ID.name()));
            engagements.noteVerbaleSent(note.getId(), engagementId, number);
            runJobsOf(reference);
            return engagementId;
        }

        /** The case's open task of that key as it stands: no due job is run first. */
        public Task openTask(String reference, String key) {
            return tasks.createTaskQuery()
                    .processInstanceBusinessKey(reference)
                    .taskDefinitionKey(key)
                    .singleResult();
        }

        /** The case's open task of that key, after running its due jobs. */
        public Task task(String reference, String key) {
            runJobsOf(reference);
            return openTask(reference, key);
        }

        /** The activities where the case's instances wait now, after running their due jobs. */
        public List<String> waitingAt(String reference) {
            runJobsOf(reference);
            return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
                    .flatMap(instance -> runtime.getActiveActivityIds(instance.getId()).stream())
                    .toList();
        }

        public void runJobsOf(String reference) {
            new DueJobs(runtime, management).runFor(reference);
        }
    }
}
