package org.safeguard.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.processes.InvestigationProcess;
import org.safeguard.investigation.internal.EventType;
import org.safeguard.investigation.internal.InvestigationEventRow;
import org.safeguard.investigation.internal.InvestigationMapper;
import org.safeguard.investigation.internal.InvestigationRow;
import org.safeguard.investigation.internal.InvestigationTasks;

class InvestigationsTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final Date DUE = Date.from(NOW.plus(Duration.ofDays(30)));
    static final long ID = 42L;

    InvestigationTasks tasks = mock(InvestigationTasks.class);
    InvestigationMapper mapper = mock(InvestigationMapper.class);
    RuntimeService runtime = mock(RuntimeService.class, Mockito.RETURNS_DEEP_STUBS);
    Investigations investigations = new Investigations(tasks, mapper, runtime, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void anInvestigationIsOpen() {
        when(tasks.investigationOf(anyString(), anyString())).thenReturn(ID);
        InvestigationRow open = new InvestigationRow(
                ID,
                "SEA-2026-000001",
                7L,
                "OVERSIGHT_OFFICE",
                Date.from(NOW.minus(Duration.ofDays(150))),
                DUE,
                null,
                null,
                null);
        when(mapper.find(ID)).thenReturn(Optional.of(open));
        when(mapper.findOpenBySubjectGroup(7L)).thenReturn(Optional.of(open));
    }

    @Test
    void a_report_without_a_summary_is_refused_and_no_task_is_completed() {
        assertThatThrownBy(() -> investigations.submitReport("t1", new Report(" ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations()).containsExactly(new Violation("summary", "required")));
        verifyNoInteractions(tasks);
    }

    @Test
    void a_report_is_kept_in_the_tables_and_the_task_completes_without_its_text() {
        investigations.submitReport("t1", new Report("What was found"));

        verify(tasks).complete("t1", ID, EventType.REPORT_SUBMITTED, "What was found", Map.of());
    }

    @Test
    void step_notes_are_required() {
        assertThatThrownBy(() -> investigations.planInvestigation("t1", null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> investigations.recordEvidence("t1", new StepNotes(null)))
                .isInstanceOf(InvalidInputException.class);
        investigations.recordVictimInterview("t2", new StepNotes("Interview held with consent"));
        verify(tasks).complete("t2", ID, EventType.VICTIM_INTERVIEWED, "Interview held with consent", Map.of());
    }

    @Test
    void a_report_sent_back_must_say_why() {
        assertThatThrownBy(() -> investigations.review("t1", new ReviewDecision(false, "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("comments"));
    }

    @Test
    void a_review_completes_the_task_with_the_decision_only() {
        investigations.review("t1", new ReviewDecision(false, "Witness B not heard"));

        verify(tasks)
                .complete(
                        "t1",
                        ID,
                        EventType.REWORK,
                        "Witness B not heard",
                        Map.of(InvestigationProcess.Variables.REPORT_ACCEPTED.name(), false));
    }

    @Test
    void an_extension_request_must_give_a_reason() {
        assertThatThrownBy(() -> investigations.requestExtension(7L, null)).isInstanceOf(InvalidInputException.class);
        verifyNoInteractions(runtime);
    }

    @Test
    void an_extension_request_without_an_open_investigation_is_not_found() {
        assertThatThrownBy(() -> investigations.requestExtension(8L, "Witness abroad"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_extension_request_is_recorded_and_sent_to_the_running_investigation() {
        investigations.requestExtension(7L, "Witness abroad until May");

        verify(tasks).record(ID, EventType.EXTENSION_REQUESTED, null, "Witness abroad until May");
        verify(runtime).createMessageCorrelation(InvestigationProcess.EXTENSION_REQUESTED_MESSAGE);
    }

    @Test
    void the_manager_deciding_an_extension_reads_the_latest_request_and_the_current_target_date() {
        when(mapper.findEvents(ID))
                .thenReturn(List.of(
                        new InvestigationEventRow(
                                1L, ID, EventType.EXTENSION_REQUESTED, Date.from(NOW), "investigator", null, "First"),
                        new InvestigationEventRow(
                                2L, ID, EventType.EXTENSION_REFUSED, Date.from(NOW), "manager", null, "No"),
                        new InvestigationEventRow(
                                3L,
                                ID,
                                EventType.EXTENSION_REQUESTED,
                                Date.from(NOW),
                                "investigator2",
                                null,
                                "Witness abroad until May")));

        assertThat(investigations.extensionRequest("t1"))
                .isEqualTo(new ExtensionRequest(DUE.toInstant(), "Witness abroad until May", "investigator2"));
        verify(tasks).investigationOf("t1", InvestigationProcess.Element.user_approve_extension.id());
    }

    @Test
    void an_approved_extension_must_name_a_later_date() {
        assertThatThrownBy(() -> investigations.decideExtension("t1", new ExtensionDecision(true, null, null)))
                .isInstanceOf(InvalidInputException.class);
        Date earlier = Date.from(DUE.toInstant().minus(Duration.ofDays(1)));
        assertThatThrownBy(() -> investigations.decideExtension("t1", new ExtensionDecision(true, earlier, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation("newDueAt", "must be after the current target date")));
        verify(tasks, never()).complete(anyString(), anyLong(), any(), any(), any());
    }

    @Test
    void an_approved_extension_completes_the_task_with_the_new_date() {
        Date later = Date.from(DUE.toInstant().plus(Duration.ofDays(60)));

        investigations.decideExtension("t1", new ExtensionDecision(true, later, null));

        verify(tasks)
                .complete(
                        "t1",
                        ID,
                        EventType.EXTENSION_APPROVED,
                        null,
                        Map.of(
                                InvestigationProcess.Variables.EXTENSION_APPROVED.name(),
                                true,
                                InvestigationProcess.Variables.EXTENDED_DUE_AT.name(),
                                later));
    }

    @Test
    void a_refused_extension_must_say_why() {
        assertThatThrownBy(() -> investigations.decideExtension("t1", new ExtensionDecision(false, null, " ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations()).containsExactly(new Violation("reason", "required")));
        investigations.decideExtension("t1", new ExtensionDecision(false, null, "No new lines of enquiry"));
        verify(tasks)
                .complete(
                        "t1",
                        ID,
                        EventType.EXTENSION_REFUSED,
                        "No new lines of enquiry",
                        Map.of(InvestigationProcess.Variables.EXTENSION_APPROVED.name(), false));
    }

    @Test
    void a_finding_needs_a_code_and_its_reasoning() {
        assertThatThrownBy(() -> investigations.recordFinding("t1", new Finding(null, "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("code", "reasoning"));
    }

    @Test
    void a_finding_completes_the_task_with_its_code_only() {
        investigations.recordFinding("t1", new Finding(FindingCode.SUBSTANTIATED, "Corroborated by two witnesses"));

        verify(tasks)
                .complete(
                        "t1",
                        ID,
                        EventType.FINDING,
                        "Corroborated by two witnesses",
                        Map.of(InvestigationProcess.Variables.FINDING.name(), "SUBSTANTIATED"));
    }

    @Test
    void an_escalation_is_answered_with_an_action() {
        assertThatThrownBy(() -> investigations.handleEscalation("t1", new EscalationResponse("")))
                .isInstanceOf(InvalidInputException.class);
        investigations.handleEscalation("t1", new EscalationResponse("Second investigator assigned"));
        verify(tasks).complete("t1", ID, EventType.ESCALATION_HANDLED, "Second investigator assigned", Map.of());
    }
}
