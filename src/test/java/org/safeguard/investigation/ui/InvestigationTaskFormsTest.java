package org.safeguard.investigation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.processes.InvestigationProcess;
import org.safeguard.base.ui.forms.TextForm;
import org.safeguard.investigation.EscalationResponse;
import org.safeguard.investigation.ExtensionRequest;
import org.safeguard.investigation.Investigations;
import org.safeguard.investigation.StepNotes;
import org.safeguard.testsupport.TaskForms;

/** The provider's forms with the service mocked: each task kind completes through its typed method. */
class InvestigationTaskFormsTest {

    static final Pattern USER_TASK = Pattern.compile("<bpmn:userTask id=\"(\\w+)\"");

    final Investigations investigations = mock(Investigations.class);
    final InvestigationTaskForms forms = new InvestigationTaskForms(investigations);
    final AtomicInteger completions = new AtomicInteger();

    @Test
    void every_user_task_of_the_investigation_model_has_a_form() throws IOException {
        when(investigations.extensionRequest("t1")).thenReturn(new ExtensionRequest(Instant.now(), null, null));

        assertThat(forms.taskKinds()).containsExactlyInAnyOrderElementsOf(userTasks("processes/investigation.bpmn"));
        forms.taskKinds()
                .forEach(kind -> assertThat(forms.form("t1", kind, completions::incrementAndGet))
                        .isNotNull());
    }

    @Test
    void the_plan_typed_is_handed_to_the_service_and_the_list_told_once_it_accepts() {
        TextForm form = (TextForm) forms.form(
                "t1", InvestigationProcess.Element.user_plan_investigation.id(), completions::incrementAndGet);
        form.textArea().setValue("Hear the subject, then the witnesses");

        TaskForms.complete(form);

        verify(investigations).planInvestigation("t1", new StepNotes("Hear the subject, then the witnesses"));
        assertThat(completions).hasValue(1);
    }

    @Test
    void empty_notes_refused_by_the_service_show_at_the_notes_and_nothing_completes() {
        doThrow(new InvalidInputException(List.of(new Violation("summary", "required"))))
                .when(investigations)
                .recordEvidence("t1", new StepNotes(null));
        TextForm form = (TextForm)
                forms.form("t1", InvestigationProcess.Element.user_gather_evidence.id(), completions::incrementAndGet);

        TaskForms.complete(form);

        assertThat(form.textArea().isInvalid()).isTrue();
        assertThat(form.textArea().getErrorMessage()).isEqualTo("Write the notes (at most 20,000 characters).");
        assertThat(completions).hasValue(0);
    }

    @Test
    void the_action_on_an_overdue_investigation_is_refused_at_its_field_when_missing() {
        doThrow(new InvalidInputException(List.of(new Violation("action", "required"))))
                .when(investigations)
                .handleEscalation("t1", new EscalationResponse(null));
        TextForm form = (TextForm) forms.form(
                "t1", InvestigationProcess.Element.user_handle_escalation.id(), completions::incrementAndGet);

        TaskForms.complete(form);

        assertThat(form.textArea().getErrorMessage()).startsWith("Say what was done");
        form.textArea().setValue("Second investigator assigned");
        TaskForms.complete(form);
        verify(investigations).handleEscalation("t1", new EscalationResponse("Second investigator assigned"));
    }

    @Test
    void a_review_without_decision_never_reaches_the_service() {
        Component form =
                forms.form("t1", InvestigationProcess.Element.user_review_report.id(), completions::incrementAndGet);

        TaskForms.complete(form);

        assertThat(((ReviewForm) form).accepted().isInvalid()).isTrue();
        verify(investigations, org.mockito.Mockito.never()).review(any(), any());
        assertThat(completions).hasValue(0);
    }

    static List<String> userTasks(String model) throws IOException {
        try (InputStream in = InvestigationTaskFormsTest.class.getClassLoader().getResourceAsStream(model)) {
            return USER_TASK
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .results()
                    .map(match -> match.group(1))
                    .toList();
        }
    }
}
