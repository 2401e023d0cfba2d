package org.safeguard.base.security;

/**
 * Why an API token was refused, as the 401 problem tells its caller. Only a caller holding the
 * token's real secret learns more than {@link #UNKNOWN}: a wrong secret for an existing token id
 * reads as unknown, so token ids cannot be probed.
 */
public enum ApiTokenRefusal {
    UNKNOWN("unknown", "The bearer token is not valid."),
    EXPIRED("expired", "The API token has expired; ask an administrator for a new one."),
    REVOKED("revoked", "The API token was revoked."),
    ACCOUNT_DISABLED("account_disabled", "The API token's account is disabled."),
    ACCOUNT_LOCKED("account_locked", "The API token's account is locked.");

    private final String code;
    private final String detail;

    ApiTokenRefusal(String code, String detail) {
        this.code = code;
        this.detail = detail;
    }

    /** The problem's {@code reason}. */
    public String code() {
        return code;
    }

    /** The problem's {@code detail}. */
    public String detail() {
        return detail;
    }
}
