package org.safeguard.admin;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.safeguard.admin.internal.AccountMapper;
import org.safeguard.admin.internal.AccountRow;
import org.safeguard.base.security.Role;
import org.safeguard.base.ui.AccountPreferences;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts and the user store behind sign-in. Passwords are stored only as hashes. Also what
 * the UI shell shows and remembers of an account (its {@link AccountPreferences}).
 */
@Service
public class Accounts implements UserDetailsService, AccountPreferences {

    private final AccountMapper mapper;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Accounts(AccountMapper mapper, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Account create(Account account, String password) {
        mapper.insert(new AccountRow(account.username(), passwords.encode(password), account.displayName(),
                account.nationality(), account.entity(), account.unit(), true, null));
        account.roles().forEach(role -> mapper.insertRole(account.username(), role));
        events.publishEvent(new AccountCreated(account));
        return account;
    }

    /**
     * Gives the account exactly these roles; what the roles allow changes at once, in the engine
     * too ({@link AccountRolesChanged}).
     *
     * @throws UsernameNotFoundException when there is no such account
     */
    @Transactional
    public Account changeRoles(String username, Set<Role> roles) {
        Account before = find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        mapper.deleteRoles(username);
        roles.forEach(role -> mapper.insertRole(username, role));
        Account after = new Account(before.username(), before.displayName(), before.nationality(), before.entity(),
                before.unit(), roles);
        events.publishEvent(new AccountRolesChanged(after));
        return after;
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(String username) {
        return Optional.ofNullable(mapper.findByUsername(username)).map(row -> row.account(mapper.findRoles(username)));
    }

    @Transactional(readOnly = true)
    public List<Account> all() {
        return mapper.findAll().stream().map(row -> row.account(mapper.findRoles(row.username()))).toList();
    }

    @Transactional(readOnly = true)
    public boolean none() {
        return mapper.count() == 0;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> displayName(String username) {
        return find(username).map(Account::displayName);
    }

    /** The UI language the user chose; empty until they choose one (the browser's then applies). */
    @Override
    @Transactional(readOnly = true)
    public Optional<Locale> preferredLanguage(String username) {
        return Optional.ofNullable(mapper.findLanguage(username)).map(Locale::forLanguageTag);
    }

    @Override
    @Transactional
    public void setPreferredLanguage(String username, Locale language) {
        mapper.updateLanguage(username, language.toLanguageTag());
    }

    /** Where the user is written to (notifications); empty when no address is on record. */
    @Transactional(readOnly = true)
    public Optional<String> email(String username) {
        return Optional.ofNullable(mapper.findEmail(username)).filter(email -> !email.isBlank());
    }

    @Transactional
    public void setEmail(String username, String email) {
        mapper.updateEmail(username, email == null || email.isBlank() ? null : email.trim());
    }

    /**
     * The addresses of the enabled accounts with {@code role} that have one, e.g. a Member State's
     * focal points ({@code FOCAL_POINT} and its code as {@code nationality}); a null nationality means any.
     */
    @Transactional(readOnly = true)
    public List<String> emailsOf(Role role, String nationality) {
        return mapper.findEmailsOfRole(role, nationality);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AccountRow row = mapper.findByUsername(username);
        if (row == null) {
            throw new UsernameNotFoundException("No such account");
        }
        return User.withUsername(row.username())
                .password(row.passwordHash())
                .disabled(!row.enabled())
                // Checked before the password, so a locked account's answer says nothing about it.
                .accountLocked(row.lockedAt(clock.instant()))
                .authorities(mapper.findRoles(username).stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList())
                .build();
    }
}
