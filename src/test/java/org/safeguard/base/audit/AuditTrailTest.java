package org.safeguard.base.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.audit.internal.AuditEventMapper;
import org.safeguard.base.audit.internal.AuditEventRow;
import org.safeguard.base.security.CaseScope;
import org.safeguard.base.security.CaseVisibility;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class AuditTrailTest {

    static final Instant NOW = Instant.parse("2026-11-20T09:30:00Z");

    AuditEventMapper mapper = mock(AuditEventMapper.class);
    CaseVisibility cases = mock(CaseVisibility.class);
    AuditTrail trail = new AuditTrail(
            mapper,
            new CurrentUser(org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy()),
            cases,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void an_entry_names_the_signed_in_user_their_roles_the_time_and_the_client_address() {
        signIn("investigator", "ROLE_INVESTIGATOR", "ROLE_MANAGER", "SCOPE_other");
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("192.0.2.7");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        trail.record(new AuditEntry(AuditAction.TASK_COMPLETED, "SEA-2026-000001", "task-1", "user_plan", "asked"));

        assertThat(written())
                .isEqualTo(new AuditEventRow(
                        NOW,
                        "investigator",
                        "INVESTIGATOR,MANAGER",
                        "TASK_COMPLETED",
                        "SEA-2026-000001",
                        "task-1",
                        "user_plan",
                        "asked",
                        "192.0.2.7"));
    }

    @Test
    void an_entry_outside_a_request_and_without_a_user_is_written_as_system() {
        trail.record(
                AuditEntry.of(AuditAction.CASE_STATUS_CHANGED, "SEA-2026-000001", null, "RECEIVED->UNDER_ASSESSMENT"));

        AuditEventRow row = written();
        assertThat(row.actor()).isEqualTo(CurrentUser.SYSTEM);
        assertThat(row.roles()).isEmpty();
        assertThat(row.remoteAddress()).isNull();
    }

    @Test
    void only_auditors_and_administrators_may_browse_the_trail() {
        signIn("intake", "ROLE_INTAKE");

        assertThatThrownBy(() -> trail.browse(AuditQuery.everything(), 0, 50))
                .isInstanceOf(AccessDeniedException.class);
        verifyNoInteractions(mapper);
    }

    @Test
    void an_auditor_browses_the_trail() {
        signIn("auditor", "ROLE_AUDITOR");

        trail.browse(AuditQuery.everything(), 0, 50);

        verify(mapper).browse(any(), anyInt(), anyInt());
    }

    @Test
    void anyone_who_may_see_a_case_reads_its_entries() {
        signIn("intake", "ROLE_INTAKE");
        when(cases.scope()).thenReturn(CaseScope.of("intake", Set.of(Role.INTAKE), NOW));

        trail.ofCase("SEA-2026-0001");

        verify(cases).requireVisible("SEA-2026-0001");
        verify(mapper).browse(new AuditQuery(null, null, "SEA-2026-0001", null), 0, AuditTrail.CASE_LIMIT);
    }

    @Test
    void a_case_out_of_scope_has_no_entries_to_read() {
        doThrow(new NotFoundException("Case SEA-2026-0001")).when(cases).requireVisible("SEA-2026-0001");

        assertThatThrownBy(() -> trail.ofCase("SEA-2026-0001")).isInstanceOf(NotFoundException.class);
        verifyNoInteractions(mapper);
    }

    @Test
    void a_focal_point_reads_no_entries_of_the_whole_case() {
        when(cases.scope()).thenReturn(CaseScope.of("focal-ca", Set.of(Role.FOCAL_POINT), NOW));

        assertThat(trail.ofCase("SEA-2026-0001")).isEmpty();
        verifyNoInteractions(mapper);
    }

    private AuditEventRow written() {
        ArgumentCaptor<AuditEventRow> row = ArgumentCaptor.forClass(AuditEventRow.class);
        verify(mapper).insert(row.capture());
        return row.getValue();
    }

    private static void signIn(String username, String... authorities) {
        TestingAuthenticationToken auth = new TestingAuthenticationToken(username, "demo", authorities);
        auth.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(auth);
    }
}
