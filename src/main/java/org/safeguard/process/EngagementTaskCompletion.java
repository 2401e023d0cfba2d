package org.safeguard.process;

import java.util.Date;
import java.util.Map;
import org.safeguard.base.processes.MemberStateEngagementProcess.Element;
import org.safeguard.base.processes.MemberStateEngagementProcess.Variables;
import org.safeguard.base.processes.ProcessVariables;
import org.safeguard.base.tasks.OpenTasks;
import org.safeguard.memberstate.InformationProvided;
import org.safeguard.memberstate.NoteVerbaleSent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Completes the engagement's user tasks once the memberstate feature has recorded what the officer did. */
@Component
class EngagementTaskCompletion {

    private final OpenTasks tasks;

    EngagementTaskCompletion(OpenTasks tasks) {
        this.tasks = tasks;
    }

    @EventListener
    void on(NoteVerbaleSent sent) {
        tasks.complete(
                tasks.open(sent.taskId(), Element.user_send_note_verbale.id()),
                ProcessVariables.with(Variables.NOTE_SENT_AT, Date.from(sent.sentAt()))
                        .asMap());
    }

    @EventListener
    void on(InformationProvided provided) {
        tasks.complete(tasks.open(provided.taskId(), Element.user_provide_information.id()), Map.of());
    }
}
