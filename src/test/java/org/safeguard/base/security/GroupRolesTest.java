package org.safeguard.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupRolesTest {

    private final GroupRoles groupRoles = new GroupRoles(Map.of(
            "safeguard-investigators", Set.of(Role.INVESTIGATOR),
            "safeguard-leads", Set.of(Role.MANAGER, Role.OWNER)));

    @Test
    void each_mapped_group_grants_its_roles() {
        assertThat(groupRoles.of(List.of("safeguard-investigators", "safeguard-leads")))
                .containsExactlyInAnyOrder(Role.INVESTIGATOR, Role.MANAGER, Role.OWNER);
    }

    @Test
    void unknown_groups_grant_nothing() {
        assertThat(groupRoles.of(List.of("cafeteria", "Safeguard-Investigators")))
                .isEmpty();
        assertThat(groupRoles.of(List.of("cafeteria", "safeguard-investigators")))
                .containsExactly(Role.INVESTIGATOR);
    }

    @Test
    void a_user_without_groups_gets_no_role() {
        assertThat(groupRoles.of(null)).isEmpty();
        assertThat(groupRoles.of(List.of())).isEmpty();
    }

    @Test
    void a_single_group_may_come_as_a_plain_string() {
        assertThat(groupRoles.of("safeguard-investigators")).containsExactly(Role.INVESTIGATOR);
    }
}
