package org.safeguard.casefile.internal;

import org.safeguard.base.security.CaseScope;
import org.safeguard.base.security.Role;

/** A role and the scope through which its holders see cases: one branch of a who-sees query. */
public record RoleScope(Role role, CaseScope scope) {}
