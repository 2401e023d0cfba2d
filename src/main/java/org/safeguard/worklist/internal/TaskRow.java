package org.safeguard.worklist.internal;

import java.time.Instant;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.worklist.DueState;
import org.safeguard.worklist.WorklistTask;

public record TaskRow(
        String id,
        String kind,
        String name,
        String caseReference,
        String entity,
        AllegationType allegationType,
        PersonnelCategory personnelCategory,
        String memberState,
        Instant due,
        Instant followUp,
        String assignee,
        Instant created) {

    public WorklistTask toTask(Instant now) {
        return new WorklistTask(
                id,
                kind,
                name,
                caseReference,
                entity,
                allegationType,
                personnelCategory,
                memberState,
                due,
                DueState.of(due, now),
                followUp,
                assignee,
                created);
    }
}
