package org.safeguard.admin.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.admin.LockoutSettings;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class SignInAttemptsTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    final AccountMapper mapper = mock(AccountMapper.class);
    final PlatformTransactionManager transactionManager = mock(PlatformTransactionManager.class);
    final SignInAttempts attempts = new SignInAttempts(
            mapper,
            new LockoutSettings(5, Duration.ofMinutes(15)),
            Clock.fixed(NOW, java.time.ZoneOffset.UTC),
            new TransactionTemplate(transactionManager));

    @Test
    void a_sign_in_with_nothing_to_clear_writes_nothing_and_opens_no_transaction() {
        attempts.succeeded(success(row(0, null)));

        verifyNoInteractions(mapper, transactionManager);
    }

    @Test
    void a_sign_in_after_failures_clears_them_in_a_transaction() {
        attempts.succeeded(success(row(2, null)));

        verify(mapper).clearFailedSignIns("ines");
        verify(transactionManager).commit(any());
    }

    @Test
    void a_sign_in_after_a_lapsed_lock_clears_it() {
        attempts.succeeded(success(row(0, NOW.minusSeconds(60))));

        verify(mapper).clearFailedSignIns("ines");
    }

    private static AccountRow row(int failedSignIns, Instant lockedUntil) {
        return new AccountRow("ines", "{noop}x", "Ines", null, null, null, true, lockedUntil, failedSignIns);
    }

    private static AuthenticationSuccessEvent success(AccountRow row) {
        AccountUser account = new AccountUser(row, NOW, List.of());
        return new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(account, null, List.of()));
    }
}
