package org.safeguard.process;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** A user's grants on one task or process instance, written so that writing twice changes nothing. */
final class UserGrants {

    private final AuthorizationService authorizations;

    UserGrants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void grant(String userId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations
                .createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .userIdIn(userId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setUserId(userId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (List.of(permissions).stream().allMatch(authorization::isPermissionGranted)) {
            return;
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }

    /**
     * Grants on a resource created in this very command, which no grant can name yet: a plain
     * insert, without first asking for one to update.
     */
    void grantOnNew(String userId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setUserId(userId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }

    /** Deletes every user's grant on the resource but those of {@code keep}; group grants stay. */
    void revokeAllBut(Set<String> keep, Resource resource, String resourceId) {
        authorizations
                .createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .resourceType(resource)
                .resourceId(resourceId)
                .list()
                .stream()
                .filter(authorization -> authorization.getUserId() != null && !keep.contains(authorization.getUserId()))
                .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
    }
}
