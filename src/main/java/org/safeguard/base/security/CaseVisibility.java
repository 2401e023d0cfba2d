package org.safeguard.base.security;

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
}
