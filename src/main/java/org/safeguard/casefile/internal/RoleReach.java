package org.safeguard.casefile.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.safeguard.base.security.CaseScope;
import org.safeguard.base.security.Role;

/**
 * One role as a way to a task: the engine group a task is offered to, the role of that name, and
 * the cases that role reaches ({@code scope}, with no user: the query names the user).
 */
public record RoleReach(String role, String group, CaseScope scope) {

    /** Every role, each with the scope it alone gives. */
    public static List<RoleReach> all(Instant now) {
        return Arrays.stream(Role.values())
                .map(role -> new RoleReach(role.name(), role.engineGroup(), CaseScope.of(null, Set.of(role), now)))
                .toList();
    }
}
