package org.safeguard.base.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic on the API: Spring Security's own user-and-password provider, which loads the account
 * (and refuses a locked or disabled one) on every call as before, but skips the bcrypt comparison
 * when the same password passed it against the same stored hash a short while ago
 * ({@link VerifiedPasswords}). A wrong password is never remembered, so it always pays the hash and
 * counts towards the lockout.
 */
class ApiPasswordAuthentication extends DaoAuthenticationProvider {

    private final VerifiedPasswords verified;

    ApiPasswordAuthentication(UserDetailsService accounts, PasswordEncoder passwords, VerifiedPasswords verified) {
        super(passwords);
        setUserDetailsService(accounts);
        this.verified = verified;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails account, UsernamePasswordAuthenticationToken attempt) {
        String password = attempt.getCredentials() == null
                ? null
                : attempt.getCredentials().toString();
        if (password != null && verified.verified(account.getUsername(), password, account.getPassword())) {
            return;
        }
        super.additionalAuthenticationChecks(account, attempt);
        verified.remember(account.getUsername(), password, account.getPassword());
    }
}
