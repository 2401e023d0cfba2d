package org.safeguard.memberstate.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.processes.MemberStateEngagementProcess;
import org.safeguard.memberstate.Engagement;
import org.safeguard.memberstate.EngagementPurpose;
import org.safeguard.memberstate.EngagementStatus;
import org.safeguard.memberstate.EngagementTasks;
import org.safeguard.memberstate.MemberState;
import org.safeguard.memberstate.MemberStateEngagements;
import org.safeguard.memberstate.MemberStates;

/** Each engagement form passes the task's own engagement, and what was typed, to its typed method. */
class EngagementTaskFormsTest {

    static final Engagement ENGAGEMENT = new Engagement(
            42L,
            "SEA-2026-000001",
            3L,
            "CA",
            EngagementPurpose.NOTIFICATION,
            EngagementStatus.OPEN,
            null,
            Instant.parse("2026-11-20T10:00:00Z"),
            null);

    EngagementTasks tasks = mock(EngagementTasks.class);
    MemberStateEngagements engagements = mock(MemberStateEngagements.class);
    MemberStates memberStates = mock(MemberStates.class);
    EngagementTaskForms forms = new EngagementTaskForms(tasks, engagements, memberStates);
    AtomicBoolean completed = new AtomicBoolean();

    @Test
    void the_dispatch_reference_typed_completes_the_tasks_engagement() {
        NoteVerbaleForm form = (NoteVerbaleForm) form(MemberStateEngagementProcess.Element.user_send_note_verbale.id());
        form.noteReferenceField().setValue("NV/2026/117");

        complete(form);

        verify(engagements).noteVerbaleSent("task-1", 42L, "NV/2026/117");
        assertThat(completed).isTrue();
    }

    @Test
    void a_refused_reference_is_shown_at_its_field() {
        NoteVerbaleForm form = (NoteVerbaleForm) form(MemberStateEngagementProcess.Element.user_send_note_verbale.id());
        doThrow(new InvalidInputException(List.of(new Violation("noteReference", "must be at most 40 characters"))))
                .when(engagements)
                .noteVerbaleSent("task-1", 42L, null);

        complete(form);

        assertThat(form.noteReferenceField().isInvalid()).isTrue();
        assertThat(completed).isFalse();
    }

    @Test
    void providing_the_information_is_confirmed_for_the_tasks_engagement() {
        complete(form(MemberStateEngagementProcess.Element.user_provide_information.id()));

        verify(engagements).informationProvided("task-1", 42L);
    }

    private Component form(String kind) {
        when(tasks.engagementOf("task-1", kind)).thenReturn(ENGAGEMENT);
        when(memberStates.find(any())).thenReturn(Optional.of(new MemberState("CA", "Canada", "Canada")));
        return forms.form("task-1", kind, () -> completed.set(true));
    }

    private static void complete(Component form) {
        form.getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(button -> button.hasClassName("complete-task"))
                .findFirst()
                .orElseThrow()
                .click();
    }
}
