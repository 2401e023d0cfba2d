package org.safeguard.base.security;

import java.time.Instant;
import java.util.Set;

/**
 * Which cases a user may see (DESIGN §3), as the parameters of one SQL condition that every list,
 * count and lookup of case data applies, so a page costs the same for every role and a case
 * outside the scope is simply not found.
 *
 * <p>A user sees the union of what their roles allow. Unless they are a Member State focal point
 * (whose scope <em>is</em> their nationals), a case whose subjects share their nationality or unit,
 * or from which a manager excluded them, stays hidden until they open time-limited break-glass
 * access with a reason.
 *
 * @param everything   managers, auditors, administrators and the engine's own work
 * @param ownEntity    intake officers and advocates: the cases of their account's entity
 * @param team         investigators: the cases whose team they are on
 * @param nationals    focal points: the cases with a subject group of their nationality
 * @param conflictsApply whether conflicts of interest hide cases from this user
 * @param now          the instant break-glass access is checked against
 */
public record CaseScope(
        String username,
        boolean everything,
        boolean ownEntity,
        boolean team,
        boolean nationals,
        boolean conflictsApply,
        Instant now) {

    /** The engine's own work and start-up jobs: no person, so no conflict and no limit. */
    public static CaseScope system(Instant now) {
        return new CaseScope(CurrentUser.SYSTEM, true, false, false, false, false, now);
    }

    public static CaseScope of(String username, Set<Role> roles, Instant now) {
        boolean everything = roles.contains(Role.MANAGER) || roles.contains(Role.AUDITOR) || roles.contains(Role.ADMIN);
        boolean ownEntity = roles.contains(Role.INTAKE) || roles.contains(Role.VRA);
        boolean team = roles.contains(Role.INVESTIGATOR);
        boolean nationals = roles.contains(Role.FOCAL_POINT);
        boolean staff = everything || ownEntity || team;
        return new CaseScope(username, everything, ownEntity, team, nationals, staff, now);
    }

    /** The same role scope with conflicts of interest set aside: what break-glass access may reach. */
    public CaseScope withoutConflicts() {
        return new CaseScope(username, everything, ownEntity, team, nationals, false, now);
    }

    /** Whether the user may see any case at all; process owners and unknown roles may not. */
    public boolean anyCase() {
        return everything || ownEntity || team || nationals;
    }

    /** Whether the scope is limited to the subject groups of the user's own nationality. */
    public boolean nationalsOnly() {
        return nationals && !everything && !ownEntity && !team;
    }
}
