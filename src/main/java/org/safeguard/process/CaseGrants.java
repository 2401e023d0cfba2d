package org.safeguard.process;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.CaseScopeChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings the user grants on a case's open tasks and process instances in line with who sees the
 * case now, in the transaction that changed it: new team members get them,
 * removed or excluded users lose them (an assignee's too).
 */
@Component
class CaseGrants {

    private final CaseAudience audience;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final AuthorizationService authorizations;
    private final UserGrants grants;
    private final Permission taskPermission;

    CaseGrants(
            CaseAudience audience,
            RuntimeService runtime,
            TaskService tasks,
            AuthorizationService authorizations,
            ProcessEngineConfigurationImpl configuration) {
        this.audience = audience;
        this.runtime = runtime;
        this.tasks = tasks;
        this.authorizations = authorizations;
        this.grants = new UserGrants(authorizations);
        this.taskPermission = configuration.getDefaultUserPermissionForTask();
    }

    @EventListener
    void on(CaseScopeChanged changed) {
        sync(changed.reference());
    }

    void sync(String reference) {
        Set<String> caseUsers = audience.usersWhoSee(reference, CaseAudience.CASE_SCOPED);
        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .list()) {
            caseUsers.forEach(
                    user -> grants.grant(user, Resources.PROCESS_INSTANCE, instance.getId(), Permissions.READ));
            grants.revokeAllBut(caseUsers, Resources.PROCESS_INSTANCE, instance.getId());
        }
        for (Task task :
                tasks.createTaskQuery().processInstanceBusinessKey(reference).list()) {
            Set<Role> roles = scopedCandidateRoles(task);
            roles.addAll(CaseAudience.OPERATORS);
            if (!roles.isEmpty()) {
                Set<String> users = audience.usersWhoSee(reference, roles);
                users.forEach(
                        user -> grants.grant(user, Resources.TASK, task.getId(), Permissions.READ, taskPermission));
                grants.revokeAllBut(users, Resources.TASK, task.getId());
            }
        }
    }

    /**
     * Moves the open work of a database from before case-scoped grants over to them: the grants
     * of the case-scoped groups on single tasks go, and every open case is granted user by user.
     */
    void regrantOpenCases() {
        String[] groups =
                CaseAudience.CASE_SCOPED.stream().map(Role::engineGroup).toArray(String[]::new);
        authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groups)
                .resourceType(Resources.TASK)
                .list()
                .stream()
                .filter(authorization -> !Authorization.ANY.equals(authorization.getResourceId()))
                .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
        runtime.createProcessInstanceQuery().rootProcessInstances().list().stream()
                .map(ProcessInstance::getBusinessKey)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(this::sync);
    }

    private Set<Role> scopedCandidateRoles(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId)
                .filter(group -> group != null)
                .flatMap(group -> CaseAudience.caseScoped(group).stream())
                .collect(Collectors.toCollection(HashSet::new));
    }
}
