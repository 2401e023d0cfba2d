/**
 * The task list: every open user task joined with the case it belongs to, in one query filtered
 * by the user's case scope and by whose the task is (mine, my groups', all for managers); claim,
 * unclaim, reassign and follow-up dates; named filters users save and share. Task forms come from
 * the features that own the tasks ({@link org.safeguard.base.ui.TaskFormProvider}), and so do the
 * task API's completion bodies ({@link org.safeguard.base.tasks.TaskCompletionProvider}), served
 * under {@code /api/tasks} by {@code rest/}.
 */
@ApplicationModule(displayName = "Task list")
package org.safeguard.worklist;

import org.springframework.modulith.ApplicationModule;
