package org.safeguard.worklist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.security.CaseScope;
import org.safeguard.base.security.CaseVisibility;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.safeguard.worklist.internal.ClaimRow;
import org.safeguard.worklist.internal.TaskPosition;
import org.safeguard.worklist.internal.TaskRow;
import org.safeguard.worklist.internal.WorklistMapper;
import org.safeguard.worklist.internal.WorklistQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's open tasks in the cases they may see, a page at a time, and what they may
 * do with a task before completing it: claim, unclaim, set a follow-up date, hand it over to a
 * colleague who may do it; managers also see every task and reassign any. A task outside the user's scope is "not found". Every change is in the
 * audit trail, in the same transaction.
 */
@Service
public class Worklist {

    /** The field a refused reassignment names, and its reasons (English, as the API gives them). */
    public static final String ASSIGNEE = "assignee";

    public static final String ASSIGNEE_REQUIRED = "is required";
    public static final String ASSIGNEE_MAY_NOT = "may not do this task or does not see its case";

    private final WorklistMapper mapper;
    private final TaskService engineTasks;
    private final CaseVisibility cases;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;

    Worklist(
            WorklistMapper mapper,
            TaskService engineTasks,
            CaseVisibility cases,
            CurrentUser user,
            AuditTrail audit,
            Clock clock) {
        this.mapper = mapper;
        this.engineTasks = engineTasks;
        this.cases = cases;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user may open the "All tasks" list and reassign: managers. */
    public boolean managesTasks() {
        return user.hasAnyRole(Role.MANAGER);
    }

    /** A page of the queue, soonest due first; tasks without a due date last. */
    @Transactional(readOnly = true)
    public List<WorklistTask> tasks(TaskQueue queue, TaskFilter filter, int offset, int limit) {
        return tasks(queue, filter, TaskOrder.SOONEST_DUE, offset, limit);
    }

    /** A page of the queue in the order asked for, sorted by the database. */
    @Transactional(readOnly = true)
    public List<WorklistTask> tasks(TaskQueue queue, TaskFilter filter, TaskOrder order, int offset, int limit) {
        return page(query(queue, filter, order), offset, limit, null);
    }

    /**
     * The tasks that follow task {@code afterTaskId} in {@link #tasks}' order: what scrolling on
     * shows, found by seeking to that task rather than skipping {@code offset} rows, so a page deep
     * in the list costs what the first does. When that task is no longer open, the page at
     * {@code offset} (the position it had).
     */
    @Transactional(readOnly = true)
    public List<WorklistTask> tasksAfter(
            TaskQueue queue, TaskFilter filter, String afterTaskId, int offset, int limit) {
        return tasksAfter(queue, filter, TaskOrder.SOONEST_DUE, afterTaskId, offset, limit);
    }

    /** As above in the order asked for; orders other than by due date read the page at {@code offset}. */
    @Transactional(readOnly = true)
    public List<WorklistTask> tasksAfter(
            TaskQueue queue, TaskFilter filter, TaskOrder order, String afterTaskId, int offset, int limit) {
        WorklistQuery query = query(queue, filter, order);
        TaskPosition after = afterTaskId == null || !query.order().seekable() ? null : mapper.position(afterTaskId);
        return after == null ? page(query, offset, limit, null) : page(query, 0, limit, after);
    }

    /** How many tasks {@link #tasks} pages through (the same conditions), up to {@link TaskCount#LIMIT}. */
    @Transactional(readOnly = true)
    public TaskCount count(TaskQueue queue, TaskFilter filter) {
        return TaskCount.of(mapper.count(scope(), query(queue, filter), TaskCount.LIMIT + 1L));
    }

    private List<WorklistTask> page(WorklistQuery query, int offset, int limit, TaskPosition after) {
        return mapper.page(scope(), query, offset, limit, after).stream()
                .map(row -> row.toTask(query.now()))
                .toList();
    }

    /** @throws NotFoundException when the task is not open or its case is outside the user's scope */
    @Transactional(readOnly = true)
    public WorklistTask task(String taskId) {
        return visible(taskId).toTask(clock.instant());
    }

    /** Takes a task offered to one of the user's groups. */
    @Transactional
    public void claim(String taskId) {
        ClaimRow task = taskId == null ? null : mapper.claimableTask(scope(), taskId, myGroups());
        if (task == null) {
            throw new NotFoundException("Open task " + taskId);
        }
        if (task.assignee() != null) {
            throw invalid("already assigned");
        }
        if (!task.offered()) {
            throw new AccessDeniedException("Task " + taskId + " is not offered to the user's groups");
        }
        engineTasks.claim(taskId, user.username());
        audit.record(AuditEntry.of(AuditAction.TASK_CLAIMED, task.caseReference(), taskId, task.kind()));
    }

    /** Gives the user's task back to its groups; a manager may do it for anyone. */
    @Transactional
    public void unclaim(String taskId) {
        TaskRow task = visible(taskId);
        requireMineOrManager(task);
        engineTasks.setAssignee(taskId, null);
        audit.record(AuditEntry.of(AuditAction.TASK_UNCLAIMED, task.caseReference(), taskId, task.assignee()));
    }

    /**
     * Whom the task may be given to: the users of the task's candidate groups who see its case
     * through that role, conflicts of interest left out; sorted by username. Managers ask for any
     * task, a user for their own.
     */
    @Transactional(readOnly = true)
    public List<String> candidates(String taskId) {
        TaskRow task = visible(taskId);
        requireManagerOrAssignee(task);
        return candidatesOf(task);
    }

    /** {@link #candidates} with the names people know them by, sorted by name. */
    @Transactional(readOnly = true)
    public List<Colleague> colleagues(String taskId) {
        List<String> usernames = candidates(taskId);
        return usernames.isEmpty() ? List.of() : mapper.colleagues(usernames);
    }

    /** Whether the user may give this task to someone: a manager, or its assignee handing it over. */
    public boolean mayAssign(WorklistTask task) {
        return managesTasks() || (task.assignee() != null && task.assignee().equals(user.username()));
    }

    /** Managers give a task to someone else, e.g. while its assignee is away. */
    @Transactional
    public void reassign(String taskId, String assignee) {
        assign(taskId, assignee, null);
    }

    /**
     * Gives a task to a named colleague: managers any task, a user their own (handing it over).
     *
     * @param reason why, for the audit trail; null when none was asked for
     * @throws InvalidInputException (field {@code assignee}) when the user is none of {@link #candidates}
     */
    @Transactional
    public void assign(String taskId, String assignee, String reason) {
        // Roles that never hold a task are refused as such, before the task is looked up.
        if (!user.hasAnyRole(Role.INTAKE, Role.INVESTIGATOR, Role.VRA, Role.MANAGER)) {
            throw new AccessDeniedException("Only managers and the task's assignee give a task to someone");
        }
        TaskRow task = visible(taskId);
        requireManagerOrAssignee(task);
        if (assignee == null || assignee.isBlank()) {
            throw new InvalidInputException(List.of(new Violation(ASSIGNEE, ASSIGNEE_REQUIRED)));
        }
        if (!candidatesOf(task).contains(assignee.strip())) {
            throw new InvalidInputException(List.of(new Violation(ASSIGNEE, ASSIGNEE_MAY_NOT)));
        }
        engineTasks.setAssignee(taskId, assignee.strip());
        audit.record(new AuditEntry(
                AuditAction.TASK_REASSIGNED,
                task.caseReference(),
                taskId,
                task.assignee() + "->" + assignee.strip(),
                reason));
    }

    /**
     * The entities whose cases the user may see, for the task list's entity filter: the account's
     * own entity for intake officers and advocates, their teams' entities for investigators, every
     * entity for managers.
     */
    @Transactional(readOnly = true)
    public Set<String> entityCodes() {
        return new TreeSet<>(mapper.entitiesInScope(scope()));
    }

    /** The assignee's (or a manager's) reminder to look at the task again; null clears it. */
    @Transactional
    public void setFollowUp(String taskId, LocalDate followUp) {
        TaskRow task = visible(taskId);
        requireMineOrManager(task);
        Task engineTask = engineTasks.createTaskQuery().taskId(taskId).singleResult();
        engineTask.setFollowUpDate(
                followUp == null
                        ? null
                        : Date.from(followUp.atStartOfDay(ZoneOffset.UTC).toInstant()));
        engineTasks.saveTask(engineTask);
        audit.record(AuditEntry.of(
                AuditAction.TASK_FOLLOW_UP_SET,
                task.caseReference(),
                taskId,
                followUp == null ? null : followUp.toString()));
    }

    private TaskRow visible(String taskId) {
        TaskRow task = taskId == null ? null : mapper.visibleTask(scope(), taskId);
        if (task == null) {
            throw new NotFoundException("Open task " + taskId);
        }
        return task;
    }

    private List<String> candidatesOf(TaskRow task) {
        Set<String> users = new TreeSet<>();
        mapper.candidateGroups(task.id()).stream()
                .map(Role::ofEngineGroup)
                .flatMap(Optional::stream)
                .forEach(role -> users.addAll(cases.usersWhoSee(task.caseReference(), role)));
        return List.copyOf(users);
    }

    private void requireManagerOrAssignee(TaskRow task) {
        if (!managesTasks() && (task.assignee() == null || !task.assignee().equals(user.username()))) {
            throw new AccessDeniedException("Only managers and the task's assignee give a task to someone");
        }
    }

    private void requireMineOrManager(TaskRow task) {
        if (!Objects.equals(task.assignee(), user.username()) && !managesTasks()) {
            throw new AccessDeniedException("Task " + task.id() + " is not the user's");
        }
    }

    private WorklistQuery query(TaskQueue queue, TaskFilter filter) {
        return query(queue, filter, TaskOrder.SOONEST_DUE);
    }

    private WorklistQuery query(TaskQueue queue, TaskFilter filter, TaskOrder order) {
        if (queue == TaskQueue.ALL && !managesTasks()) {
            throw new AccessDeniedException("Only managers list all tasks");
        }
        Instant now = clock.instant();
        return new WorklistQuery(
                queue, user.username(), myGroups(), filter == null ? TaskFilter.NONE : filter, order, now);
    }

    /** The query of the user's own tasks and their groups', for lookups outside a page. */
    WorklistQuery myQuery() {
        return query(TaskQueue.MINE, TaskFilter.NONE);
    }

    private List<String> myGroups() {
        return user.roles().stream().map(Role::engineGroup).toList();
    }

    private CaseScope scope() {
        return cases.scope();
    }

    private static InvalidInputException invalid(String reason) {
        return new InvalidInputException(List.of(new Violation("task", reason)));
    }
}
