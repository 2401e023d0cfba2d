package org.safeguard.memberstate;

import java.util.Set;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.processes.MemberStateEngagementProcess;
import org.safeguard.base.tasks.OpenTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engagement an open conduct-officer task of the engagement process is about, read from the id
 * the process holds, so a form can show it and pass it to {@link MemberStateEngagements}. A task
 * that is not open, not of that step, or in a case the user may not see is not found.
 */
@Service
public class EngagementTasks {

    private static final Set<String> STEPS = Set.of(
            MemberStateEngagementProcess.Element.user_send_note_verbale.id(),
            MemberStateEngagementProcess.Element.user_provide_information.id());

    private final OpenTasks tasks;
    private final MemberStateEngagements engagements;

    EngagementTasks(OpenTasks tasks, MemberStateEngagements engagements) {
        this.tasks = tasks;
        this.engagements = engagements;
    }

    /** The engagement of the open task {@code taskId}, a note verbale to send or information to provide. */
    @Transactional(readOnly = true)
    public Engagement engagementOf(String taskId, String step) {
        if (!STEPS.contains(step)) {
            throw new NotFoundException("Engagement task " + taskId + " (" + step + ")");
        }
        Long id = tasks.variable(tasks.open(taskId, step), MemberStateEngagementProcess.Variables.ENGAGEMENT_ID);
        if (id == null) {
            throw new NotFoundException("Engagement task " + taskId + " (" + step + ")");
        }
        return engagements.get(id);
    }
}
