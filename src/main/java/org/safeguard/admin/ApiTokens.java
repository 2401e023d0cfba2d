package org.safeguard.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.safeguard.admin.internal.AccountMapper;
import org.safeguard.admin.internal.AccountRow;
import org.safeguard.admin.internal.ApiTokenMapper;
import org.safeguard.admin.internal.ApiTokenRow;
import org.safeguard.admin.internal.TokenSecrets;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.security.ApiScope;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for systems and scripts, issued and revoked by administrators only. A token acts as
 * its account, within its {@link ApiScope}s, until it expires or is revoked; checking one is a
 * lookup by id and a SHA-256, not a password hash.
 */
@Service
public class ApiTokens {

    public static final int MAX_NAME = 100;
    private static final String SCOPES =
            Arrays.stream(ApiScope.values()).map(ApiScope::code).collect(Collectors.joining(", "));

    private final ApiTokenMapper tokens;
    private final AccountMapper accounts;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final ApiTokenSettings settings;
    private final Clock clock;

    ApiTokens(
            ApiTokenMapper tokens,
            AccountMapper accounts,
            AuditTrail audit,
            CurrentUser user,
            ApiTokenSettings settings,
            Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.user = user;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException naming each bad field as the API calls it
     * @throws AccessDeniedException unless an administrator asks
     */
    @Transactional
    public IssuedApiToken issue(ApiTokenRequest request) {
        requireAdministrator();
        Instant now = clock.instant();
        check(request, now);
        TokenSecrets.Token token = TokenSecrets.generate();
        String scopes = String.join(" ", request.scopes().stream().distinct().toList());
        ApiTokenRow row = new ApiTokenRow(
                token.id(),
                TokenSecrets.hash(token.secret()),
                request.name().strip(),
                request.account(),
                scopes,
                now,
                user.username(),
                request.expiresAt(),
                null,
                null,
                null,
                0);
        tokens.insert(row);
        audit.record(AuditEntry.of(
                AuditAction.API_TOKEN_ISSUED,
                null,
                target(token.id()),
                "account=" + request.account() + " scopes=" + scopes + " expires=" + request.expiresAt() + " name="
                        + row.name()));
        return new IssuedApiToken(view(row, now), token.value());
    }

    /** Every token, newest first, revoked and expired ones too. */
    @Transactional(readOnly = true)
    public List<ApiToken> all() {
        requireAdministrator();
        Instant now = clock.instant();
        return tokens.findAll().stream().map(row -> view(row, now)).toList();
    }

    /**
     * Ends the token at once; revoking a revoked token changes nothing.
     *
     * @throws NotFoundException when there is no such token
     */
    @Transactional
    public ApiToken revoke(String id) {
        requireAdministrator();
        Instant now = clock.instant();
        if (tokens.revoke(id, now, user.username()) == 1) {
            ApiTokenRow revoked = tokens.findById(id);
            audit.record(
                    AuditEntry.of(AuditAction.API_TOKEN_REVOKED, null, target(id), "account=" + revoked.username()));
            return view(revoked, now);
        }
        ApiTokenRow row = tokens.findById(id);
        if (row == null) {
            throw new NotFoundException("API token " + id);
        }
        return view(row, now);
    }

    /** How the audit trail names a token. */
    public static String target(String tokenId) {
        return "token:" + tokenId;
    }

    private void check(ApiTokenRequest request, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (request.name() == null || request.name().isBlank()) {
            violations.add(new Violation("name", "is required"));
        } else if (request.name().strip().length() > MAX_NAME) {
            violations.add(new Violation("name", "must be at most " + MAX_NAME + " characters"));
        }
        if (request.account() == null || request.account().isBlank()) {
            violations.add(new Violation("account", "is required"));
        } else {
            AccountRow account = accounts.findByUsername(request.account());
            if (account == null) {
                violations.add(new Violation("account", "no such account"));
            } else if (!account.enabled()) {
                violations.add(new Violation("account", "is disabled"));
            }
        }
        if (request.scopes() == null || request.scopes().isEmpty()) {
            violations.add(new Violation("scopes", "must name at least one of " + SCOPES));
        } else {
            request.scopes().stream()
                    .filter(code -> ApiScope.ofCode(code).isEmpty())
                    .findFirst()
                    .ifPresent(unknown -> violations.add(
                            new Violation("scopes", "unknown scope '" + unknown + "': one of " + SCOPES)));
        }
        if (request.expiresAt() == null) {
            violations.add(new Violation("expiresAt", "is required"));
        } else if (!request.expiresAt().isAfter(now)) {
            violations.add(new Violation("expiresAt", "must be in the future"));
        } else if (request.expiresAt().isAfter(now.plus(settings.maxLifetime()))) {
            violations.add(new Violation(
                    "expiresAt", "must be at most " + settings.maxLifetime().toDays() + " days from now"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static ApiToken view(ApiTokenRow row, Instant now) {
        ApiTokenStatus status = row.revokedAt() != null
                ? ApiTokenStatus.REVOKED
                : row.expiresAt().isAfter(now) ? ApiTokenStatus.ACTIVE : ApiTokenStatus.EXPIRED;
        return new ApiToken(
                row.id(),
                row.name(),
                row.username(),
                List.of(row.scopes().split(" ")),
                row.createdAt(),
                row.createdBy(),
                row.expiresAt(),
                row.lastUsedAt(),
                row.useCount(),
                row.revokedAt(),
                row.revokedBy(),
                status);
    }

    private void requireAdministrator() {
        if (!user.hasAnyRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators manage API tokens");
        }
    }
}
