package org.safeguard.base.security;

import java.util.List;

/**
 * Whether the acting user may see a case, for services outside the case file (tasks, victims,
 * engagements) that reach a case by one of its parts. Implemented by the case file, which owns
 * the scope's tables.
 */
public interface CaseVisibility {

    /** @throws org.safeguard.base.NotFoundException when the case does not exist or is out of scope */
    void requireVisible(String caseReference);

    /** @throws org.safeguard.base.NotFoundException when the case does not exist or is out of scope */
    void requireVisible(long caseId);

    /** The acting user's scope, to pass to queries that list case data. */
    CaseScope scope();

    /**
     * The users who see the case through the given role, conflicted users left out, whoever is
     * asking: e.g. whom a manager may give that role's task of the case to.
     */
    List<String> usersWhoSee(String caseReference, Role role);
}
