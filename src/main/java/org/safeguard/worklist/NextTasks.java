package org.safeguard.worklist;

import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safeguard.base.security.CaseVisibility;
import org.safeguard.worklist.internal.WorklistMapper;
import org.safeguard.worklist.internal.WorklistQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What to offer a user who has just completed a task: the next task of the same case when it is
 * theirs or theirs to claim. Most steps continue asynchronously (asyncAfter), so right after a
 * completion the next task may not exist yet: {@link #caseMovingOn} says whether it is worth waiting.
 */
@Service
public class NextTasks {

    private final WorklistMapper mapper;
    private final Worklist worklist;
    private final CaseVisibility cases;

    NextTasks(WorklistMapper mapper, Worklist worklist, CaseVisibility cases) {
        this.mapper = mapper;
        this.worklist = worklist;
        this.cases = cases;
    }

    /** The user's open task of the case, else one their groups may claim; soonest due first. */
    @Transactional(readOnly = true)
    public Optional<WorklistTask> inCase(String caseReference) {
        WorklistQuery query = worklist.myQuery();
        return Optional.ofNullable(mapper.nextInCase(cases.scope(), query, caseReference))
                .map(row -> row.toTask(query.now()));
    }

    /** Whether the case's processes have work the job executor is about to do (a step continuing). */
    @Transactional(readOnly = true)
    public boolean caseMovingOn(String caseReference) {
        cases.requireVisible(caseReference);
        return mapper.jobDueInCase(caseReference, ClockUtil.getCurrentTime());
    }
}
