package org.safeguard.statistics;

import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads the figures: managers, and auditors, who read everything but victim identities.
 * Focal points never (a scorecard names other Member States), nor the roles that work cases.
 */
@Component
class StatisticsReaders {

    private final CurrentUser user;

    StatisticsReaders(CurrentUser user) {
        this.user = user;
    }

    void require() {
        if (!user.hasAnyRole(Role.MANAGER, Role.AUDITOR)) {
            throw new AccessDeniedException("Only managers and auditors read the statistics");
        }
    }
}
