package org.safeguard.memberstate.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.processes.MemberStateEngagementProcess;
import org.safeguard.base.ui.TaskFormProvider;
import org.safeguard.base.ui.forms.ConfirmForm;
import org.safeguard.memberstate.Engagement;
import org.safeguard.memberstate.EngagementTasks;
import org.safeguard.memberstate.MemberStateEngagements;
import org.safeguard.memberstate.MemberStates;

/**
 * The forms of the conduct officer's engagement tasks: the note verbale sent, and the information a
 * Member State asked for provided. Each finds its engagement through the task and completes the
 * task through {@link MemberStateEngagements}, so the rules are the API's.
 */
@org.springframework.stereotype.Component
class EngagementTaskForms implements TaskFormProvider {

    private final EngagementTasks tasks;
    private final MemberStateEngagements engagements;
    private final MemberStates memberStates;

    EngagementTaskForms(EngagementTasks tasks, MemberStateEngagements engagements, MemberStates memberStates) {
        this.tasks = tasks;
        this.engagements = engagements;
        this.memberStates = memberStates;
    }

    @Override
    public Set<String> taskKinds() {
        return Set.of(
                MemberStateEngagementProcess.Element.user_send_note_verbale.id(),
                MemberStateEngagementProcess.Element.user_provide_information.id());
    }

    @Override
    public Component form(String taskId, String taskKind, Runnable completed) {
        Engagement engagement = tasks.engagementOf(taskId, taskKind);
        String memberState = memberStates
                .find(engagement.nationality())
                .map(state -> state.name(Texts.locale()))
                .orElse(engagement.nationality());
        return switch (MemberStateEngagementProcess.Element.valueOf(taskKind)) {
            case user_send_note_verbale -> {
                NoteVerbaleForm form = new NoteVerbaleForm(
                        Texts.text("engagement.sendNote", memberState, Texts.of(engagement.purpose())));
                yield form.completesWith(
                        () -> engagements.noteVerbaleSent(taskId, engagement.id(), form.noteReference()), completed);
            }
            case user_provide_information -> {
                ConfirmForm form = new ConfirmForm(
                        Texts.text("engagement.provideInformation", memberState, Texts.of(engagement.purpose())),
                        Texts.text("engagement.informationProvided"));
                yield form.completesWith(() -> engagements.informationProvided(taskId, engagement.id()), completed);
            }
            default -> throw new IllegalArgumentException("No form for task kind " + taskKind);
        };
    }
}
