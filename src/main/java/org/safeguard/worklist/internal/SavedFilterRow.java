package org.safeguard.worklist.internal;

import java.time.Instant;
import org.safeguard.casefile.AllegationType;
import org.safeguard.worklist.DueState;
import org.safeguard.worklist.SavedFilter;
import org.safeguard.worklist.TaskFilter;

public record SavedFilterRow(
        long id,
        String owner,
        String name,
        String entityCode,
        AllegationType allegationType,
        DueState dueState,
        String searchText,
        boolean shared,
        Instant savedAt) {

    public SavedFilter toFilter() {
        return new SavedFilter(
                id, name, owner, new TaskFilter(entityCode, allegationType, dueState, searchText), shared);
    }
}
