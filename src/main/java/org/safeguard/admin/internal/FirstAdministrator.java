package org.safeguard.admin.internal;

import java.util.Set;
import org.safeguard.admin.Account;
import org.safeguard.admin.Accounts;
import org.safeguard.admin.AdminSettings;
import org.safeguard.base.security.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On an installation without accounts, creates {@code admin} with the password from
 * {@code SAFEGUARD_ADMIN_PASSWORD}, so production never ships a known password.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private final Accounts accounts;
    private final String password;

    FirstAdministrator(Accounts accounts, AdminSettings settings) {
        this.accounts = accounts;
        this.password = settings.password() == null ? "" : settings.password();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!password.isBlank() && accounts.none()) {
            accounts.create(new Account("admin", "Administrator", null, Set.of(Role.ADMIN)), password);
        }
    }
}
