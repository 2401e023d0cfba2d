package org.safeguard.admin.internal;

import java.util.List;
import java.util.Set;
import org.safeguard.admin.Account;
import org.safeguard.admin.Accounts;
import org.safeguard.base.security.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo users of the README, all with the password {@code demo}. Demo profile only. */
@Component
@Profile("demo")
@Order(1)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo";

    static final List<Account> USERS = List.of(
            new Account("intake", "Ines Intake (conduct officer)", null, "MINUSCA", null, Set.of(Role.INTAKE)),
            new Account("investigator", "Ivan Investigator", null, Set.of(Role.INVESTIGATOR)),
            new Account("investigator2", "Iris Investigator", null, Set.of(Role.INVESTIGATOR)),
            new Account(
                    "intake-unmiss",
                    "Ulla Intake (conduct officer, UNMISS)",
                    null,
                    "UNMISS",
                    null,
                    Set.of(Role.INTAKE)),
            new Account("vra", "Vera Advocate (victims' rights)", null, "MINUSCA", null, Set.of(Role.VRA)),
            new Account("manager", "Mona Manager", null, Set.of(Role.MANAGER)),
            new Account("owner", "Otto Owner (process owner)", null, Set.of(Role.OWNER)),
            new Account("auditor", "Aude Auditor", null, Set.of(Role.AUDITOR)),
            new Account("admin", "Ada Admin", null, Set.of(Role.ADMIN)),
            new Account("focal-ca", "Focal point, Canada", "CA", Set.of(Role.FOCAL_POINT)),
            new Account("focal-uy", "Focal point, Uruguay", "UY", Set.of(Role.FOCAL_POINT)));

    private final Accounts accounts;

    DemoAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        USERS.stream()
                .filter(user -> accounts.find(user.username()).isEmpty())
                .forEach(user -> accounts.create(user, PASSWORD));
        // Example addresses (a reserved domain), so demo mail has somewhere to go.
        USERS.stream()
                .filter(user -> accounts.email(user.username()).isEmpty())
                .forEach(user -> accounts.setEmail(user.username(), user.username() + "@safeguard.example.org"));
    }
}
