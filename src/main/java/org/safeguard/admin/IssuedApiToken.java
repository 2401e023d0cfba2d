package org.safeguard.admin;

/**
 * A token just issued: {@code token} is what its holder sends as {@code Authorization: Bearer}.
 * It exists only in this answer; Safeguard keeps its hash, so it cannot be shown again.
 */
public record IssuedApiToken(ApiToken details, String token) {

    @Override
    public String toString() {
        return "IssuedApiToken[id=" + details.id() + "]";
    }
}
