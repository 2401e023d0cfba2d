package org.safeguard.admin.internal;

import java.time.Clock;
import org.safeguard.admin.LockoutSettings;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts consecutive failed sign-ins from Spring Security's authentication events and locks the
 * account when they reach the limit. A locked account's attempts never reach here (the lock is
 * checked before the password), so they neither count nor prolong the lock. API tokens publish no
 * such events: they are not sign-ins with a password.
 */
@Component
class SignInAttempts {

    private final AccountMapper mapper;
    private final LockoutSettings settings;
    private final Clock clock;
    private final TransactionTemplate transactions;

    SignInAttempts(AccountMapper mapper, LockoutSettings settings, Clock clock, TransactionTemplate transactions) {
        this.mapper = mapper;
        this.settings = settings;
        this.clock = clock;
        this.transactions = transactions;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        mapper.countFailedSignIn(username);
        // The count restarts with the lock, so the next series after it ends locks again.
        mapper.lockAfterFailures(
                username, settings.maxFailures(), clock.instant().plus(settings.duration()));
    }

    /**
     * Writes only when the account had something to clear, and only then opens a transaction: HTTP
     * Basic signs in on every API call.
     */
    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountUser account && account.hasFailuresToClear()) {
            transactions.executeWithoutResult(status -> mapper.clearFailedSignIns(account.getUsername()));
        }
    }
}
