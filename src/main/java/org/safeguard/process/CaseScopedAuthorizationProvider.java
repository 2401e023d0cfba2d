package org.safeguard.process;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.safeguard.base.security.Role;

/**
 * The engine's default grants, except that a task offered to a case-scoped group (intake,
 * investigator, vra, manager) is granted to each member who sees the task's case instead of to the
 * whole group, and to each administrator who sees it: an investigator must not see the tasks of a case whose team they are not on. The case is
 * the process instance's business key, which every call activity passes on. Such a task outside
 * any case is granted to nobody but the groups with grants on every task. A case's task assigned
 * or offered to a user who does not see the case grants that user nothing.
 */
class CaseScopedAuthorizationProvider extends DefaultAuthorizationProvider {

    private static final Set<Role> SEE_CASES =
            EnumSet.of(Role.INTAKE, Role.INVESTIGATOR, Role.VRA, Role.MANAGER, Role.ADMIN);
    private static final AuthorizationEntity[] NONE = new AuthorizationEntity[0];

    private final CaseAudience audience;

    CaseScopedAuthorizationProvider(CaseAudience audience) {
        this.audience = audience;
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        Optional<Role> role = CaseAudience.caseScoped(groupId);
        if (role.isEmpty()) {
            return super.newTaskGroupIdentityLink(task, groupId, type);
        }
        String reference = caseReference(task);
        if (reference == null) {
            return NONE;
        }
        List<Role> audienceRoles = new ArrayList<>(CaseAudience.OPERATORS);
        audienceRoles.add(role.get());
        return audience.usersWhoSee(reference, audienceRoles).stream()
                .flatMap(user -> Stream.of(createOrUpdateAuthorizationsByUserId(task, user)))
                .toArray(AuthorizationEntity[]::new);
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        return seesCase(task, newAssignee) ? super.newTaskAssignee(task, oldAssignee, newAssignee) : NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
        return seesCase(task, newOwner) ? super.newTaskOwner(task, oldOwner, newOwner) : NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
        return seesCase(task, userId) ? super.newTaskUserIdentityLink(task, userId, type) : NONE;
    }

    /**
     * The engine looks for a grant to update before writing one; a task this very command created
     * has none in the database, so there is nothing to look for. Grants written earlier in the same
     * command are merged from the engine's cache, with or without the lookup.
     */
    @Override
    protected AuthorizationEntity getGrantAuthorization(
            String taskId, String userId, String groupId, Resource resource) {
        return createdInThisCommand(taskId) ? null : super.getGrantAuthorization(taskId, userId, groupId, resource);
    }

    private static boolean createdInThisCommand(String taskId) {
        DbEntityCache cache = Context.getCommandContext().getDbEntityManager().getDbEntityCache();
        TaskEntity task = cache.get(TaskEntity.class, taskId);
        return task != null && cache.isTransient(task);
    }

    private boolean seesCase(Task task, String userId) {
        String reference = caseReference(task);
        return userId == null
                || reference == null
                || audience.usersWhoSee(reference, SEE_CASES).contains(userId);
    }

    private static String caseReference(Task task) {
        ExecutionEntity execution = task instanceof TaskEntity entity ? entity.getExecution() : null;
        return execution == null ? null : execution.getProcessBusinessKey();
    }
}
