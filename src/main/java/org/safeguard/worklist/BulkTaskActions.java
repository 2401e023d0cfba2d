package org.safeguard.worklist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.tasks.ClosedTasks;
import org.safeguard.base.tasks.TaskClosedException;
import org.safeguard.worklist.BulkOutcome.Result;
import org.safeguard.worklist.BulkOutcome.TaskOutcome;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Claiming or reassigning many tasks at once, for the task list and {@code /api/tasks/bulk}. Each
 * task goes through {@link Worklist}'s own claim or assignment, in its own transaction, with its
 * checks and its audit entry (the reassignment's with the reason given), and a refusal of one task
 * is reported for that task while the others go through.
 */
// No transaction here: each task's is Worklist's, and a refusal must not roll the others back.
@Service
public class BulkTaskActions {

    public static final int MAX_TASKS = 200;
    public static final int REASON_MAX = 1000;
    /** The fields a refused request names, and their reasons (English, as the API gives them). */
    public static final String TASK_IDS = "taskIds";

    public static final String REASON = "reason";
    public static final String REQUIRED = "is required";
    public static final String TOO_MANY = "at most " + MAX_TASKS + " tasks at once";
    public static final String TOO_LONG = "at most " + REASON_MAX + " characters";

    private final Worklist worklist;
    private final ClosedTasks closedTasks;

    BulkTaskActions(Worklist worklist, ClosedTasks closedTasks) {
        this.worklist = worklist;
        this.closedTasks = closedTasks;
    }

    /** Claims every task that is offered to one of the user's groups and still unassigned. */
    public BulkOutcome claim(Collection<String> taskIds) {
        return each(checked(taskIds), worklist::claim, Result.NOT_OFFERED, Result.ALREADY_ASSIGNED);
    }

    /**
     * Managers give every task to a named colleague, with a reason kept in each task's audit entry.
     *
     * @throws AccessDeniedException when the user is no manager (nothing is changed)
     * @throws InvalidInputException when the tasks, the colleague or the reason are missing
     */
    public BulkOutcome assign(Collection<String> taskIds, String assignee, String reason) {
        if (!worklist.managesTasks()) {
            throw new AccessDeniedException("Only managers reassign tasks in bulk");
        }
        List<String> ids = checked(taskIds);
        List<Violation> violations = new ArrayList<>();
        if (assignee == null || assignee.isBlank()) {
            violations.add(new Violation(Worklist.ASSIGNEE, Worklist.ASSIGNEE_REQUIRED));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(new Violation(REASON, REQUIRED));
        } else if (reason.strip().length() > REASON_MAX) {
            violations.add(new Violation(REASON, TOO_LONG));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return each(
                ids,
                id -> worklist.assign(id, assignee.strip(), reason.strip()),
                Result.ASSIGNEE_MAY_NOT,
                Result.ASSIGNEE_MAY_NOT);
    }

    /** Whom a manager may give these tasks to: everyone who may take at least one of them. */
    public List<Colleague> colleagues(Collection<String> taskIds) {
        Set<String> usernames = new TreeSet<>();
        List<Colleague> colleagues = new ArrayList<>();
        for (String id : taskIds) {
            for (Colleague colleague : worklist.colleagues(id)) {
                if (usernames.add(colleague.username())) {
                    colleagues.add(colleague);
                }
            }
        }
        colleagues.sort(Comparator.comparing(Colleague::label, String.CASE_INSENSITIVE_ORDER));
        return colleagues;
    }

    private static List<String> checked(Collection<String> taskIds) {
        if (taskIds == null || taskIds.stream().allMatch(id -> id == null || id.isBlank())) {
            throw new InvalidInputException(List.of(new Violation(TASK_IDS, REQUIRED)));
        }
        Set<String> distinct = new LinkedHashSet<>();
        taskIds.stream()
                .filter(id -> id != null && !id.isBlank())
                .map(String::strip)
                .forEach(distinct::add);
        if (distinct.size() > MAX_TASKS) {
            throw new InvalidInputException(List.of(new Violation(TASK_IDS, TOO_MANY)));
        }
        return List.copyOf(distinct);
    }

    private BulkOutcome each(List<String> ids, Consumer<String> action, Result whenDenied, Result whenInvalid) {
        List<TaskOutcome> outcomes = new ArrayList<>();
        for (String id : ids) {
            String caseReference = caseOf(id);
            outcomes.add(new TaskOutcome(id, caseReference, attempt(id, action, whenDenied, whenInvalid)));
        }
        return new BulkOutcome(outcomes);
    }

    private Result attempt(String id, Consumer<String> action, Result whenDenied, Result whenInvalid) {
        try {
            action.accept(id);
            return Result.DONE;
        } catch (NotFoundException notFound) {
            return closedTasks.explain(id, notFound) instanceof TaskClosedException
                    ? Result.TASK_CLOSED
                    : Result.NOT_FOUND;
        } catch (AccessDeniedException denied) {
            return whenDenied;
        } catch (InvalidInputException invalid) {
            return whenInvalid;
        } catch (TaskAlreadyClaimedException taken) {
            return Result.ALREADY_ASSIGNED;
        } catch (OptimisticLockingException raced) {
            return Result.CHANGED_MEANWHILE;
        }
    }

    /** The task's case, read before the change, for the report; null when the task is not open to the user. */
    private String caseOf(String id) {
        try {
            WorklistTask task = worklist.task(id);
            return task == null ? null : task.caseReference();
        } catch (NotFoundException gone) {
            return null;
        }
    }
}
