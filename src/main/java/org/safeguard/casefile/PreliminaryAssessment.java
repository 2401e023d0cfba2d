package org.safeguard.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.base.tasks.OpenTasks;
import org.safeguard.base.tasks.OpenTasks.OpenTask;
import org.safeguard.casefile.internal.SubjectGroupMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes the "Assess allegation" task: would the acts, if true, breach the standards of
 * conduct? Decided for every subject group of the case; the lifecycle routes each group from it.
 */
@Service
public class PreliminaryAssessment {

    private final OpenTasks tasks;
    private final CaseFiles cases;
    private final SubjectGroupMapper subjectGroups;

    PreliminaryAssessment(OpenTasks tasks, CaseFiles cases, SubjectGroupMapper subjectGroups) {
        this.tasks = tasks;
        this.cases = cases;
        this.subjectGroups = subjectGroups;
    }

    /** The subject groups the task assesses, in the order reported. */
    @Transactional(readOnly = true)
    public List<SubjectGroup> groupsToAssess(String taskId) {
        return cases.subjectGroups(tasks.open(taskId, SeaCaseProcess.Element.user_assess_allegation.id())
                .caseReference());
    }

    @Transactional
    public void complete(String taskId, List<GroupAssessment> assessments) {
        OpenTask task = tasks.open(taskId, SeaCaseProcess.Element.user_assess_allegation.id());
        check(assessments, Set.copyOf(cases.subjectGroupIds(task.caseReference())));
        assessments.forEach(a -> subjectGroups.recordAssessment(a.subjectGroupId(), a.breachesStandards(), a.reason()));
        tasks.complete(task, Map.of());
    }

    private static void check(List<GroupAssessment> assessments, Set<Long> groupsOfCase) {
        List<Violation> violations = new ArrayList<>();
        List<GroupAssessment> given = assessments == null ? List.of() : assessments;
        for (int i = 0; i < given.size(); i++) {
            GroupAssessment a = given.get(i);
            String at = "assessments[" + i + "]";
            if (!groupsOfCase.contains(a.subjectGroupId())) {
                violations.add(new Violation(at + ".subjectGroupId", "is not a subject group of this case"));
            }
            if (a.breachesStandards() == null) {
                violations.add(new Violation(at + ".breachesStandards", "must be answered"));
            } else if (!a.breachesStandards()
                    && (a.reason() == null || a.reason().isBlank())) {
                violations.add(
                        new Violation(at + ".reason", "is required when the acts would not breach the standards"));
            }
            if (a.reason() != null && a.reason().length() > GroupAssessment.REASON_MAX) {
                violations.add(
                        new Violation(at + ".reason", "must be at most " + GroupAssessment.REASON_MAX + " characters"));
            }
        }
        Set<Long> assessed = given.stream().map(GroupAssessment::subjectGroupId).collect(Collectors.toSet());
        if (assessed.size() != given.size() || !assessed.containsAll(groupsOfCase)) {
            violations.add(new Violation("assessments", "must assess every subject group of the case exactly once"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
