package org.safeguard.testsupport;

import org.springframework.test.context.ActiveProfilesResolver;

/** The demo users, plus the {@code mariadb} profile in the MariaDB round. */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return TestDatabase.isMariaDb() ? new String[] {"demo", "mariadb"} : new String[] {"demo"};
    }
}
