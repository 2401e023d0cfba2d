package org.safeguard.process;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.CaseAccess;
import org.springframework.stereotype.Component;

/**
 * Who may see a case's work through {@code /engine-rest}. Every case role sees only some cases
 * (managers and administrators: all but those a conflict of interest excludes them from), so the
 * engine grants their tasks and process instances user by user, as the case file's scope says.
 * Administrators, the operators, see every task of the cases they see.
 */
@Component
class CaseAudience {

    static final Set<Role> CASE_SCOPED = EnumSet.of(Role.INTAKE, Role.INVESTIGATOR, Role.VRA, Role.MANAGER, Role.ADMIN);

    /** Who sees every task of the cases they see, whatever its candidate group. */
    static final Set<Role> OPERATORS = EnumSet.of(Role.ADMIN);

    private final CaseAccess access;

    CaseAudience(CaseAccess access) {
        this.access = access;
    }

    /** The case-scoped role behind a candidate group, if it is one. */
    static Optional<Role> caseScoped(String group) {
        return Role.ofEngineGroup(group).filter(CASE_SCOPED::contains);
    }

    /** The users who see the case through any of the given roles. */
    Set<String> usersWhoSee(String reference, Collection<Role> roles) {
        return new TreeSet<>(access.usersWhoSee(reference, roles));
    }
}
