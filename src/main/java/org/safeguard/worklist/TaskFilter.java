package org.safeguard.worklist;

import org.safeguard.casefile.AllegationType;

/**
 * What a user narrows the task list to; every criterion is optional.
 *
 * @param text part of a case reference or of a task's name, ignoring case
 */
public record TaskFilter(String entity, AllegationType allegationType, DueState state, String text) {

    public static final TaskFilter NONE = new TaskFilter(null, null, null, null);

    public TaskFilter withEntity(String value) {
        return new TaskFilter(value, allegationType, state, text);
    }

    public TaskFilter withAllegationType(AllegationType value) {
        return new TaskFilter(entity, value, state, text);
    }

    public TaskFilter withState(DueState value) {
        return new TaskFilter(entity, allegationType, value, text);
    }

    public TaskFilter withText(String value) {
        return new TaskFilter(entity, allegationType, state, value == null || value.isBlank() ? null : value.strip());
    }
}
