package org.safeguard.process;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.safeguard.admin.Account;
import org.safeguard.admin.AccountCreated;
import org.safeguard.admin.AccountRolesChanged;
import org.safeguard.admin.Accounts;
import org.safeguard.base.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Mirrors Safeguard's accounts into the engine's identity tables: candidate groups, task queries
 * and the engine's authorizations work on the engine's users and groups. Safeguard's accounts
 * stay the source; sign-in never uses the engine's passwords. A user's engine groups are made to
 * match their roles at every start, sign-in (HTTP Basic signs in on every request) and role
 * change, taken away as well as added: a demoted administrator is no longer {@code camunda-admin}
 * at their next request.
 */
@Component
class EngineIdentity {

    private static final Logger log = LoggerFactory.getLogger(EngineIdentity.class);

    private final IdentityService identity;
    private final Accounts accounts;

    EngineIdentity(IdentityService identity, Accounts accounts) {
        this.identity = identity;
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void mirrorAll() {
        accounts.all().forEach(this::mirror);
    }

    @EventListener
    void on(AccountCreated created) {
        mirror(created.account());
    }

    @EventListener
    void on(AccountRolesChanged changed) {
        mirror(changed.account());
    }

    @EventListener
    void on(AuthenticationSuccessEvent signedIn) {
        try {
            accounts.find(signedIn.getAuthentication().getName()).ifPresent(this::mirror);
        } catch (ProcessEngineException concurrent) {
            // Two first requests of a user whose roles changed outside Safeguard both added the same
            // membership: one of them won, and the sign-in itself must not fail for it.
            log.warn("Engine groups of {} not brought in line at this sign-in: {}", signedIn.getAuthentication().getName(),
                    concurrent.getMessage());
        }
    }

    private void mirror(Account account) {
        if (identity.createUserQuery().userId(account.username()).count() == 0) {
            User user = identity.newUser(account.username());
            user.setFirstName(account.displayName());
            user.setPassword(UUID.randomUUID().toString());
            identity.saveUser(user);
        }
        Map<String, String> wanted = new HashMap<>();
        for (Role role : account.roles()) {
            wanted.put(role.engineGroup(), Groups.GROUP_TYPE_WORKFLOW);
            if (role == Role.ADMIN) {
                wanted.put(Groups.CAMUNDA_ADMIN, Groups.GROUP_TYPE_SYSTEM);
            }
        }
        // One query when nothing changed: this runs at every sign-in.
        Set<String> current = new HashSet<>();
        identity.createGroupQuery().groupMember(account.username()).list().forEach(group -> current.add(group.getId()));
        wanted.forEach((group, type) -> {
            if (!current.contains(group)) {
                join(account.username(), group, type);
            }
        });
        current.stream().filter(group -> !wanted.containsKey(group))
                .forEach(group -> identity.deleteMembership(account.username(), group));
    }

    private void join(String userId, String groupId, String type) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identity.newGroup(groupId);
            group.setName(groupId);
            group.setType(type);
            identity.saveGroup(group);
        }
        identity.createMembership(userId, groupId);
    }
}
