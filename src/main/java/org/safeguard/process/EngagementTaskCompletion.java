package org.safeguard.process;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.safeguard.memberstate.InformationProvided;
import org.safeguard.memberstate.NoteVerbaleSent;
import org.safeguard.process.MemberStateEngagementProcess.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Completes the engagement's user tasks once the memberstate feature has recorded what the officer did. */
@Component
class EngagementTaskCompletion {

    private final TaskService tasks;

    EngagementTaskCompletion(TaskService tasks) {
        this.tasks = tasks;
    }

    @EventListener
    void on(NoteVerbaleSent sent) {
        tasks.complete(sent.taskId(), Map.of(Variables.NOTE_SENT_AT.name(), Date.from(sent.sentAt())));
    }

    @EventListener
    void on(InformationProvided provided) {
        tasks.complete(provided.taskId());
    }
}
