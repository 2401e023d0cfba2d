package org.safeguard.investigation;

import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.processes.InvestigationProcess;
import org.safeguard.base.processes.ProcessVariables;
import org.safeguard.investigation.internal.EventType;
import org.safeguard.investigation.internal.InputRules;
import org.safeguard.investigation.internal.InvestigationEventRow;
import org.safeguard.investigation.internal.InvestigationMapper;
import org.safeguard.investigation.internal.InvestigationRow;
import org.safeguard.investigation.internal.InvestigationTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What investigators and managers do in an investigation, one method per user task: each checks
 * the input, records it, and completes the task with codes only.
 */
@Service
@Transactional
public class Investigations {
    /** The longest text a step, report, review or decision takes. */
    public static final int MAX_TEXT = InputRules.MAX_TEXT;

    private final InvestigationTasks tasks;
    private final InvestigationMapper mapper;
    private final RuntimeService runtime;
    private final Clock clock;

    Investigations(InvestigationTasks tasks, InvestigationMapper mapper, RuntimeService runtime, Clock clock) {
        this.tasks = tasks;
        this.mapper = mapper;
        this.runtime = runtime;
        this.clock = clock;
    }

    public void planInvestigation(String taskId, StepNotes plan) {
        notes(taskId, InvestigationProcess.Element.user_plan_investigation.id(), EventType.PLANNED, plan);
    }

    /** Only reached when the victim consented to share; the model holds no other path to it. */
    public void recordVictimInterview(String taskId, StepNotes interview) {
        notes(taskId, InvestigationProcess.Element.user_interview_victim.id(), EventType.VICTIM_INTERVIEWED, interview);
    }

    public void recordSubjectAndWitnessInterviews(String taskId, StepNotes interviews) {
        notes(
                taskId,
                InvestigationProcess.Element.user_interview_subject_and_witnesses.id(),
                EventType.SUBJECT_AND_WITNESSES_INTERVIEWED,
                interviews);
    }

    public void recordEvidence(String taskId, StepNotes evidence) {
        notes(taskId, InvestigationProcess.Element.user_gather_evidence.id(), EventType.EVIDENCE_GATHERED, evidence);
    }

    public void submitReport(String taskId, Report report) {
        new InputRules().present("report", report).enforce();
        new InputRules().text("summary", report.summary()).enforce();
        long id = tasks.investigationOf(taskId, InvestigationProcess.Element.user_write_report.id());
        tasks.complete(taskId, id, EventType.REPORT_SUBMITTED, report.summary(), Map.of());
    }

    /** A report sent back for rework must say why: the investigator needs to know what to change. */
    public void review(String taskId, ReviewDecision decision) {
        new InputRules().present("decision", decision).enforce();
        new InputRules()
                .check(
                        decision.accepted() || hasText(decision.comments()),
                        "comments",
                        "required when the report is sent back")
                .enforce();
        long id = tasks.investigationOf(taskId, InvestigationProcess.Element.user_review_report.id());
        tasks.complete(
                taskId,
                id,
                decision.accepted() ? EventType.REPORT_ACCEPTED : EventType.REWORK,
                decision.comments(),
                ProcessVariables.with(InvestigationProcess.Variables.REPORT_ACCEPTED, decision.accepted())
                        .asMap());
    }

    public void handleEscalation(String taskId, EscalationResponse response) {
        new InputRules().present("response", response).enforce();
        new InputRules().text("action", response.action()).enforce();
        long id = tasks.investigationOf(taskId, InvestigationProcess.Element.user_handle_escalation.id());
        tasks.complete(taskId, id, EventType.ESCALATION_HANDLED, response.action(), Map.of());
    }

    /** Asks the manager for more time; the running investigation of the subject group receives it. */
    public void requestExtension(long subjectGroupId, String reason) {
        new InputRules().text("reason", reason).enforce();
        InvestigationRow investigation = mapper.findOpenBySubjectGroup(subjectGroupId)
                .orElseThrow(() -> new NotFoundException("Open investigation of subject group " + subjectGroupId));
        tasks.record(investigation.id(), EventType.EXTENSION_REQUESTED, null, reason);
        runtime.createMessageCorrelation(InvestigationProcess.EXTENSION_REQUESTED_MESSAGE)
                .processInstanceVariableEquals(InvestigationProcess.Variables.SUBJECT_GROUP_ID.name(), subjectGroupId)
                .correlate();
    }

    /** An approval must move the target date later and into the future; a refusal must say why. */
    public void decideExtension(String taskId, ExtensionDecision decision) {
        new InputRules().present("decision", decision).enforce();
        long id = tasks.investigationOf(taskId, InvestigationProcess.Element.user_approve_extension.id());
        InvestigationRow investigation =
                mapper.find(id).orElseThrow(() -> new NotFoundException("Investigation " + id));
        Date currentDue = investigation.extendedDueAt() != null ? investigation.extendedDueAt() : investigation.dueAt();
        InputRules rules = new InputRules();
        if (decision.approved()) {
            rules.present("newDueAt", decision.newDueAt()).enforce();
            rules.check(decision.newDueAt().after(currentDue), "newDueAt", "must be after the current target date")
                    .check(
                            decision.newDueAt().toInstant().isAfter(clock.instant()),
                            "newDueAt",
                            "must be in the future");
        } else {
            rules.text("reason", decision.reason());
        }
        rules.enforce();
        tasks.complete(
                taskId,
                id,
                decision.approved() ? EventType.EXTENSION_APPROVED : EventType.EXTENSION_REFUSED,
                decision.reason(),
                decision.approved()
                        ? ProcessVariables.with(InvestigationProcess.Variables.EXTENSION_APPROVED, true)
                                .and(InvestigationProcess.Variables.EXTENDED_DUE_AT, decision.newDueAt())
                                .asMap()
                        : ProcessVariables.with(InvestigationProcess.Variables.EXTENSION_APPROVED, false)
                                .asMap());
    }

    /** The request an open "decide on extension" task is about, for the manager to read before deciding. */
    @Transactional(readOnly = true)
    public ExtensionRequest extensionRequest(String taskId) {
        long id = tasks.investigationOf(taskId, InvestigationProcess.Element.user_approve_extension.id());
        InvestigationRow investigation =
                mapper.find(id).orElseThrow(() -> new NotFoundException("Investigation " + id));
        Optional<InvestigationEventRow> request = mapper.findEvents(id).stream()
                .filter(event -> event.type() == EventType.EXTENSION_REQUESTED)
                .reduce((earlier, later) -> later);
        return new ExtensionRequest(
                investigation.summary().currentDueAt(),
                request.map(InvestigationEventRow::detail).orElse(null),
                request.map(InvestigationEventRow::actor).orElse(null));
    }

    public void recordFinding(String taskId, Finding finding) {
        new InputRules().present("finding", finding).enforce();
        new InputRules()
                .present("code", finding.code())
                .text("reasoning", finding.reasoning())
                .enforce();
        long id = tasks.investigationOf(taskId, InvestigationProcess.Element.user_decide_finding.id());
        tasks.complete(
                taskId,
                id,
                EventType.FINDING,
                finding.reasoning(),
                ProcessVariables.with(
                                InvestigationProcess.Variables.FINDING,
                                finding.code().name())
                        .asMap());
    }

    private void notes(String taskId, String step, EventType type, StepNotes notes) {
        new InputRules().present("notes", notes).enforce();
        new InputRules().text("summary", notes.summary()).enforce();
        long id = tasks.investigationOf(taskId, step);
        tasks.complete(taskId, id, type, notes.summary(), Map.of());
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
