package org.safeguard.memberstate.rest;

import java.util.List;
import org.safeguard.base.processes.MemberStateEngagementProcess;
import org.safeguard.base.tasks.Confirmation;
import org.safeguard.base.tasks.TaskCompletion;
import org.safeguard.base.tasks.TaskCompletionProvider;
import org.safeguard.memberstate.EngagementTasks;
import org.safeguard.memberstate.MemberStateEngagements;
import org.springframework.stereotype.Component;

/**
 * The task API's bodies for the conduct officer's engagement tasks. The engagement is the task's
 * own, found through it as the form finds it; the caller names only what they did.
 */
@Component
class EngagementTaskCompletions implements TaskCompletionProvider {

    private final EngagementTasks tasks;
    private final MemberStateEngagements engagements;

    EngagementTaskCompletions(EngagementTasks tasks, MemberStateEngagements engagements) {
        this.tasks = tasks;
        this.engagements = engagements;
    }

    @Override
    public List<TaskCompletion<?>> completions() {
        return List.of(
                TaskCompletion.of(
                        MemberStateEngagementProcess.Element.user_send_note_verbale.id(),
                        NoteVerbaleDispatch.class,
                        (taskId, body) -> engagements.noteVerbaleSent(
                                taskId,
                                engagementOf(taskId, MemberStateEngagementProcess.Element.user_send_note_verbale.id()),
                                body.noteReference())),
                TaskCompletion.of(
                        MemberStateEngagementProcess.Element.user_provide_information.id(),
                        Confirmation.class,
                        (taskId, body) -> engagements.informationProvided(
                                taskId,
                                engagementOf(
                                        taskId, MemberStateEngagementProcess.Element.user_provide_information.id()))));
    }

    private long engagementOf(String taskId, String kind) {
        return tasks.engagementOf(taskId, kind).id();
    }

    /**
     * @param noteReference the officer's own dispatch reference (registry or receipt number), optional,
     *                      at most {@value MemberStateEngagements#NOTE_REFERENCE_MAX} characters
     */
    record NoteVerbaleDispatch(String noteReference) {}
}
