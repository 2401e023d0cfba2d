package org.safeguard.admin;

/** Whether an API token still works, as far as the token itself goes (its account may still be disabled). */
public enum ApiTokenStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}
