package org.safeguard.process;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Mirrors Safeguard's accounts into the engine's identity tables: candidate groups, task queries
 * and the engine's authorizations work on the engine's users and groups. Safeguard's accounts
 * stay the source; sign-in never uses the engine's passwords. A user's engine groups are made to
 * match their roles at every start, sign-in and role change, taken away as well as added: a
 * demoted administrator is no longer {@code camunda-admin} at their next request. HTTP Basic signs
 * in on every request, so a sign-in whose authorities are those last brought in line for the user
 * costs nothing; any other authorities (roles changed outside Safeguard) bring them in line again.
 */
@Component
class EngineIdentity {

    private static final Logger log = LoggerFactory.getLogger(EngineIdentity.class);

    private final IdentityService identity;
    private final Accounts accounts;
    private final Map<String, Set<String>> inLineWith = new ConcurrentHashMap<>();

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
        inLineWith.remove(created.account().username());
        mirror(created.account());
    }

    @EventListener
    void on(AccountRolesChanged changed) {
        inLineWith.remove(changed.account().username());
        mirror(changed.account());
    }

    @EventListener
    void on(AuthenticationSuccessEvent signedIn) {
        String username = signedIn.getAuthentication().getName();
        Set<String> authorities = signedIn.getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        if (authorities.equals(inLineWith.get(username))) {
            return;
        }
        try {
            accounts.find(username).ifPresent(account -> {
                mirror(account);
                inLineWith.put(username, authorities);
            });
        } catch (ProcessEngineException concurrent) {
            // Two first requests of a user whose roles changed outside Safeguard both added the same
            // membership: one of them won, and the sign-in itself must not fail for it.
            log.warn(
                    "Engine groups of {} not brought in line at this sign-in: {}",
                    signedIn.getAuthentication().getName(),
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
        current.stream()
                .filter(group -> !wanted.containsKey(group))
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
