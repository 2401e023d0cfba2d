package org.safeguard.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which part of the scope condition each role switches on (DESIGN §3). */
class CaseScopeTest {

    static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    @Test
    void staff_scopes_follow_the_roles_and_conflicts_apply_to_them() {
        assertThat(CaseScope.of("i", Set.of(Role.INTAKE), NOW)).satisfies(scope -> {
            assertThat(scope.ownEntity()).isTrue();
            assertThat(scope.everything() || scope.team() || scope.nationals()).isFalse();
            assertThat(scope.conflictsApply()).isTrue();
        });
        assertThat(CaseScope.of("v", Set.of(Role.VRA), NOW).ownEntity()).isTrue();
        assertThat(CaseScope.of("t", Set.of(Role.INVESTIGATOR), NOW).team()).isTrue();
        for (Role everyCase : Set.of(Role.MANAGER, Role.AUDITOR, Role.ADMIN)) {
            CaseScope scope = CaseScope.of("m", Set.of(everyCase), NOW);
            assertThat(scope.everything()).as(everyCase.name()).isTrue();
            assertThat(scope.conflictsApply()).as(everyCase.name()).isTrue();
        }
    }

    @Test
    void a_focal_points_scope_is_their_nationals_and_no_conflict_hides_them() {
        CaseScope focal = CaseScope.of("f", Set.of(Role.FOCAL_POINT), NOW);

        assertThat(focal.nationalsOnly()).isTrue();
        assertThat(focal.conflictsApply()).isFalse();
        assertThat(CaseScope.of("f", Set.of(Role.FOCAL_POINT, Role.MANAGER), NOW)
                        .nationalsOnly())
                .isFalse();
    }

    @Test
    void process_owners_and_unknown_roles_see_no_case_while_the_system_sees_all_without_conflicts() {
        assertThat(CaseScope.of("o", Set.of(Role.OWNER), NOW).anyCase()).isFalse();
        assertThat(CaseScope.of("x", Set.of(), NOW).anyCase()).isFalse();
        assertThat(CaseScope.system(NOW)).satisfies(system -> {
            assertThat(system.everything()).isTrue();
            assertThat(system.conflictsApply()).isFalse();
        });
    }

    @Test
    void break_glass_keeps_the_role_scope_and_sets_only_conflicts_aside() {
        CaseScope manager = CaseScope.of("m", Set.of(Role.MANAGER, Role.INVESTIGATOR), NOW);

        assertThat(manager.withoutConflicts()).isEqualTo(new CaseScope("m", true, false, true, false, false, NOW));
    }
}
