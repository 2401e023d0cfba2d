package org.safeguard.base.tasks;

import java.util.List;

/**
 * The completions of the user tasks a feature owns, for the task API: each feature declares the
 * body of its tasks and binds it to its own typed service, as {@code TaskFormProvider} does for
 * the UI. The task list collects every provider (Spring beans); the shared kernel knows no feature.
 */
public interface TaskCompletionProvider {

    /** One completion per task kind this feature owns. */
    List<TaskCompletion<?>> completions();
}
