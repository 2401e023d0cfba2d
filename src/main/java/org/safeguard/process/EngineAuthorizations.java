package org.safeguard.process;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.safeguard.base.security.Role;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Grants each engine group what it may do through {@code /engine-rest}, on every start, adding
 * only what is missing. Focal points and auditors get nothing here and are refused the engine
 * API by Spring Security. Membership of {@code camunda-admin} passes the engine's command checks
 * but not its query filters, so administrators get explicit grants too.
 *
 * <p>Tasks get no grant on {@code *}: with authorization checks on, the engine itself gives a
 * task's candidate group READ and UPDATE on that task (and its assignee, once claimed), so an
 * investigator sees and works investigator tasks only, never a victims' rights advocate's.
 */
@Component
class EngineAuthorizations {

    private static final List<Role> CASE_WORKERS = List.of(Role.INTAKE, Role.INVESTIGATOR, Role.VRA, Role.MANAGER);
    private static final List<Role> MODELLERS = List.of(Role.OWNER, Role.ADMIN);

    private final AuthorizationService authorizations;

    EngineAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @EventListener(ApplicationReadyEvent.class)
    void grantAll() {
        for (Role role : CASE_WORKERS) {
            grant(role, Resources.PROCESS_DEFINITION, Permissions.READ);
            grant(role, Resources.PROCESS_INSTANCE, Permissions.READ);
        }
        grant(Role.MANAGER, Resources.PROCESS_DEFINITION, Permissions.READ_HISTORY);
        for (Role role : MODELLERS) {
            grant(role, Resources.DEPLOYMENT, Permissions.CREATE, Permissions.READ);
            grant(role, Resources.PROCESS_DEFINITION, Permissions.READ);
        }
        // Operators must see a stuck task or instance wherever it is, whatever its candidate group.
        grant(Role.ADMIN, Resources.TASK, Permissions.READ, Permissions.UPDATE);
        grant(Role.ADMIN, Resources.PROCESS_INSTANCE, Permissions.READ);
        grant(Role.ADMIN, Resources.PROCESS_DEFINITION, Permissions.READ_HISTORY);
    }

    private void grant(Role role, Resource resource, Permission... permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(role.engineGroup())
                .resourceType(resource)
                .resourceId(ANY)
                .singleResult();
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
}
