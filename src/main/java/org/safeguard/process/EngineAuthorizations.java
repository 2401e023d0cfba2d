package org.safeguard.process;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.safeguard.base.security.Role;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants each engine group what it may do through {@code /engine-rest}, on every start, adding
 * only what is missing. Focal points and auditors get nothing here and are refused the engine
 * API by Spring Security. No grant lets anyone move a case through the engine API:
 * {@link EngineApiWrites} refuses that to every engine user.
 *
 * <p>No case role has a grant on every task or instance. With authorization checks on, the engine
 * grants each new task to its candidate group; for the case roles (intake, investigator, vra,
 * manager, admin) that grant and READ on the case's process instances go user by user to whoever
 * sees the case, so a conflict of interest hides a case here as in the case file
 * ({@link CaseScopedAuthorization}, {@link CaseGrants}). The engine's history is read by the
 * administrators (the operators) only; the others read a case's history in its case file. A
 * database from before that, with grants on every instance or task, is moved over once: those
 * grants go and the open cases are granted anew ({@link CaseGrants#regrantOpenCases()}).
 */
@Component
class EngineAuthorizations {

    private static final List<Role> CASE_WORKERS = List.of(Role.INTAKE, Role.INVESTIGATOR, Role.VRA, Role.MANAGER);
    private static final List<Role> MODELLERS = List.of(Role.OWNER, Role.ADMIN);

    private final AuthorizationService authorizations;
    private final CaseGrants caseGrants;

    EngineAuthorizations(AuthorizationService authorizations, CaseGrants caseGrants) {
        this.authorizations = authorizations;
        this.caseGrants = caseGrants;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void grantAll() {
        for (Role role : CASE_WORKERS) {
            grant(role, Resources.PROCESS_DEFINITION, Permissions.READ);
        }
        boolean groupedBefore = false;
        for (Role role : CaseAudience.CASE_SCOPED) {
            groupedBefore |= revoke(role, Resources.PROCESS_INSTANCE);
        }
        // Managers read a case's history through Safeguard's case file, which knows their exclusions.
        withdraw(Role.MANAGER, Resources.PROCESS_DEFINITION, Permissions.READ_HISTORY);
        groupedBefore |= revoke(Role.ADMIN, Resources.TASK);
        if (groupedBefore) {
            caseGrants.regrantOpenCases();
        }
        for (Role role : MODELLERS) {
            grant(role, Resources.DEPLOYMENT, Permissions.CREATE, Permissions.READ);
            grant(role, Resources.PROCESS_DEFINITION, Permissions.READ);
        }
        // The operators read the engine's history of every case, and repair a failed job; what would
        // move a case stays refused (EngineApiWrites). History per case would need the engine's
        // historic instance permissions, whose checks make history queries scan on MariaDB.
        grant(
                Role.ADMIN,
                Resources.PROCESS_DEFINITION,
                Permissions.READ_HISTORY,
                ProcessDefinitionPermissions.RETRY_JOB);
    }

    private void grant(Role role, Resource resource, Permission... permissions) {
        Authorization authorization = onEvery(role, resource);
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(role.engineGroup());
            authorization.setResource(resource);
            authorization.setResourceId(ANY);
        } else if (List.of(permissions).stream().allMatch(authorization::isPermissionGranted)) {
            return;
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }

    /** Whether there was a permission to take back. */
    private boolean withdraw(Role role, Resource resource, Permission permission) {
        Authorization authorization = onEvery(role, resource);
        if (authorization == null || !authorization.isPermissionGranted(permission)) {
            return false;
        }
        authorization.removePermission(permission);
        authorizations.saveAuthorization(authorization);
        return true;
    }

    /** Whether there was a grant to take back. */
    private boolean revoke(Role role, Resource resource) {
        Authorization authorization = onEvery(role, resource);
        if (authorization == null) {
            return false;
        }
        authorizations.deleteAuthorization(authorization.getId());
        return true;
    }

    private Authorization onEvery(Role role, Resource resource) {
        return authorizations
                .createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(role.engineGroup())
                .resourceType(resource)
                .resourceId(ANY)
                .singleResult();
    }
}
