package org.safeguard.base.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an API token may do, on top of what its account's roles allow: a token acts as its account
 * only for the requests its scopes cover, so a reporting tool's token cannot record a case even
 * when its account could. People (HTTP Basic, the identity provider's JWTs) are not limited by scope.
 * Nothing lets a token manage tokens or accounts: that stays with a person.
 */
public enum ApiScope {
    /** {@code GET} and {@code HEAD} on {@code /api/**} and the metrics. */
    READ("read"),
    /** Changes under {@code /api/cases/**}: intake, comments, the team. */
    CASES_WRITE("cases:write"),
    /** Changes under {@code /api/tasks/**}: claim, complete, hand back, assign. */
    TASKS_WRITE("tasks:write"),
    /** The engine's own REST API, {@code /engine-rest/**}, for the engine's tools. */
    ENGINE("engine");

    private final String code;

    ApiScope(String code) {
        this.code = code;
    }

    /** As an administrator writes it when issuing a token. */
    public String code() {
        return code;
    }

    /** The authority a token with this scope carries, as Spring Security names scopes. */
    public String authority() {
        return "SCOPE_" + code;
    }

    public static Optional<ApiScope> ofCode(String code) {
        return Arrays.stream(values()).filter(scope -> scope.code.equals(code)).findFirst();
    }
}
