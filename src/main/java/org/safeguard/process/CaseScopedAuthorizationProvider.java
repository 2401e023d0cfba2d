package org.safeguard.process;

import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.safeguard.base.security.Role;

/**
 * The engine's default grants, except that a task offered to a case-scoped group (intake,
 * investigator, vra) is granted to each member who sees the task's case instead of to the whole
 * group: an investigator must not see the tasks of a case whose team they are not on. The case is
 * the process instance's business key, which every call activity passes on. Such a task outside
 * any case is granted to nobody but the groups with grants on every task.
 */
class CaseScopedAuthorizationProvider extends DefaultAuthorizationProvider {

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
            return new AuthorizationEntity[0];
        }
        return audience.usersWhoSee(reference, role.stream().toList()).stream()
                .flatMap(user -> Stream.of(createOrUpdateAuthorizationsByUserId(task, user)))
                .toArray(AuthorizationEntity[]::new);
    }

    private static String caseReference(Task task) {
        ExecutionEntity execution = task instanceof TaskEntity entity ? entity.getExecution() : null;
        return execution == null ? null : execution.getProcessBusinessKey();
    }
}
