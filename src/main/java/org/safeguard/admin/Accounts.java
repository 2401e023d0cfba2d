package org.safeguard.admin;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.safeguard.admin.internal.AccountMapper;
import org.safeguard.admin.internal.AccountRoleRow;
import org.safeguard.admin.internal.AccountRow;
import org.safeguard.admin.internal.AccountUser;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.safeguard.base.ui.AccountPreferences;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
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

    static final int MIN_PASSWORD = 12;

    private final AccountMapper mapper;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final CurrentUser user;
    private final Clock clock;

    Accounts(
            AccountMapper mapper,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            CurrentUser user,
            Clock clock) {
        this.mapper = mapper;
        this.passwords = passwords;
        this.events = events;
        this.user = user;
        this.clock = clock;
    }

    @Transactional
    public Account create(Account account, String password) {
        mapper.insert(new AccountRow(
                account.username(),
                passwords.encode(password),
                account.displayName(),
                account.nationality(),
                account.entity(),
                account.unit(),
                true,
                null,
                0));
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
        Account after = new Account(
                before.username(), before.displayName(), before.nationality(), before.entity(), before.unit(), roles);
        events.publishEvent(new AccountRolesChanged(after));
        return after;
    }

    /**
     * Replaces the password; the old one stops working at once, also where a recent check of it is
     * remembered, and a lock from failed sign-ins is lifted.
     *
     * @throws InvalidInputException when the new password is too short
     * @throws NotFoundException when there is no such account
     */
    @Transactional
    public void changePassword(String username, String password) {
        requireAdministrator();
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInputException(
                    List.of(new Violation("password", "must be at least " + MIN_PASSWORD + " characters")));
        }
        requireAccount(username);
        mapper.updatePassword(username, passwords.encode(password));
        events.publishEvent(new AccountPasswordChanged(username));
    }

    /**
     * No sign-in and no API token of the account works any more, from the next request on.
     *
     * @throws NotFoundException when there is no such account
     */
    @Transactional
    public void disable(String username) {
        requireAdministrator();
        requireAccount(username);
        mapper.disable(username);
        events.publishEvent(new AccountDisabled(username));
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(String username) {
        return Optional.ofNullable(mapper.findByUsername(username)).map(row -> row.account(mapper.findRoles(username)));
    }

    private void requireAccount(String username) {
        if (mapper.findByUsername(username) == null) {
            throw new NotFoundException("Account " + username);
        }
    }

    // Start-up (the first administrator, the demo users) acts as the system.
    private void requireAdministrator() {
        if (!user.isSystem() && !user.hasAnyRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators manage accounts");
        }
    }

    /** The entity the account works for; empty when it names none or there is no such account. */
    @Transactional(readOnly = true)
    public Optional<String> entityOf(String username) {
        return Optional.ofNullable(mapper.findByUsername(username)).map(AccountRow::entityCode);
    }

    @Transactional(readOnly = true)
    public List<Account> all() {
        return mapper.findAll().stream()
                .map(row -> row.account(mapper.findRoles(row.username())))
                .toList();
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

    /**
     * The account and its roles in one query and no transaction of its own: HTTP Basic signs in on
     * every API call, and one statement reads a consistent row set by itself.
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        List<AccountRoleRow> rows = mapper.findWithRoles(username);
        if (rows.isEmpty()) {
            throw new UsernameNotFoundException("No such account");
        }
        return new AccountUser(
                rows.get(0).account(),
                clock.instant(),
                rows.stream()
                        .map(AccountRoleRow::role)
                        .filter(Objects::nonNull)
                        .map(Role::authority)
                        .map(SimpleGrantedAuthority::new)
                        .toList());
    }
}
