package org.safeguard.worklist.ui;

import org.safeguard.base.i18n.Texts;
import org.safeguard.base.i18n.Translations;
import org.safeguard.worklist.WorklistTask;

/** A task's name in the user's language (key {@code task.<kind>}), or the model's name for a task not yet translated. */
final class TaskNames {

    static String of(WorklistTask task) {
        String key = "task." + task.kind();
        return Translations.keys(Texts.locale()).contains(key) ? Texts.text(key) : task.name();
    }

    private TaskNames() {}
}
