package org.safeguard.base.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles of DESIGN §3. Each is also a candidate group of the engine, named in lower case
 * ({@code intake}, {@code investigator}, ...), so a task's candidate group and a user's role agree.
 */
public enum Role {
    INTAKE,
    INVESTIGATOR,
    VRA,
    MANAGER,
    OWNER,
    AUDITOR,
    ADMIN,
    FOCAL_POINT;

    /** The engine group and the Spring authority name differ only in case and prefix. */
    public String engineGroup() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** The role whose engine group this is, if any ({@code camunda-admin} is none). */
    public static Optional<Role> ofEngineGroup(String group) {
        return Arrays.stream(values())
                .filter(role -> role.engineGroup().equals(group))
                .findFirst();
    }
}
