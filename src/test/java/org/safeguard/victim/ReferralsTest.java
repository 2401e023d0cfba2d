package org.safeguard.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.processes.VictimAssistanceProcess;
import org.safeguard.base.processes.VictimAssistanceProcess.Element;
import org.safeguard.base.processes.VictimAssistanceProcess.Variables;
import org.safeguard.base.tasks.OpenTasks;
import org.safeguard.base.tasks.OpenTasks.OpenTask;
import org.safeguard.victim.internal.ReferralMapper;

class ReferralsTest {

    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    ReferralMapper mapper = mock(ReferralMapper.class);
    OpenTasks tasks = mock(OpenTasks.class);
    Referrals referrals = new Referrals(mapper, tasks, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void referring_names_the_provider_and_completes_the_task() {
        given(ReferralStatus.PENDING);
        OpenTask task = referralsTask("task-3", Element.user_refer_to_provider, 5L);

        referrals.completeReferral("task-3", 5L, " CLINIC-12 ", "Clinique de l'Espoir");

        verify(mapper).refer(5L, "CLINIC-12", "Clinique de l'Espoir", NOW);
        verify(tasks).complete(task, Map.of());
    }

    @Test
    void the_task_of_another_referral_is_refused_and_no_provider_recorded() {
        given(ReferralStatus.PENDING);
        when(tasks.openOf(
                        VictimAssistanceProcess.KEY,
                        "task-3",
                        Element.user_refer_to_provider.id(),
                        Variables.REFERRAL_ID,
                        5L))
                .thenThrow(new NotFoundException("Open task task-3"));

        assertThatThrownBy(() -> referrals.completeReferral("task-3", 5L, "CLINIC-12", "Clinic"))
                .isInstanceOf(NotFoundException.class);

        verify(mapper, never()).refer(anyLong(), any(), any(), any());
        verify(tasks, never()).complete(any(OpenTask.class), any());
    }

    @Test
    void a_provider_needs_a_code_and_a_name_of_reasonable_length() {
        given(ReferralStatus.PENDING);

        assertThatThrownBy(() -> referrals.refer(5L, "", "x".repeat(201)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(
                                        new Violation("providerCode", "required"),
                                        new Violation("providerName", "at most 200 characters")));
        verify(mapper, never()).refer(anyLong(), any(), any(), any());
    }

    @Test
    void a_referral_is_made_once() {
        given(ReferralStatus.REFERRED);

        assertThatThrownBy(() -> referrals.refer(5L, "CLINIC-12", "Clinic"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations()).containsExactly(new Violation("referral", "already REFERRED")));
    }

    @Test
    void resolving_an_overdue_referral_completes_the_managers_task() {
        given(ReferralStatus.PENDING);
        OpenTask task = referralsTask("task-4", Element.user_resolve_overdue_referral, 5L);

        referrals.resolveOverdue("task-4", 5L);

        verify(tasks).complete(task, Map.of());
    }

    @Test
    void an_unknown_referral_is_not_resolved() {
        referralsTask("task-4", Element.user_resolve_overdue_referral, 99L);

        assertThatThrownBy(() -> referrals.resolveOverdue("task-4", 99L)).isInstanceOf(NotFoundException.class);
        verify(tasks, never()).complete(any(OpenTask.class), any());
    }

    @Test
    void the_provider_accepts_declines_or_completes_a_referral_that_was_made() {
        given(ReferralStatus.REFERRED);

        referrals.updateReferral(5L, ReferralStatus.ACCEPTED);

        verify(mapper).changeStatus(5L, ReferralStatus.ACCEPTED, NOW);
    }

    @Test
    void a_pending_or_final_referral_takes_no_provider_answer() {
        given(ReferralStatus.PENDING);
        assertThatThrownBy(() -> referrals.updateReferral(5L, ReferralStatus.ACCEPTED))
                .isInstanceOf(InvalidInputException.class);

        given(ReferralStatus.WITHDRAWN);
        assertThatThrownBy(() -> referrals.updateReferral(5L, ReferralStatus.COMPLETED))
                .isInstanceOf(InvalidInputException.class);

        given(ReferralStatus.REFERRED);
        assertThatThrownBy(() -> referrals.updateReferral(5L, ReferralStatus.WITHDRAWN))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("status"));
        verify(mapper, never()).changeStatus(anyLong(), any(), any());
    }

    @Test
    void an_unknown_referral_is_not_found() {
        when(mapper.find(5L)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> referrals.updateReferral(5L, ReferralStatus.ACCEPTED))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_provider_name_never_reaches_a_log_line() {
        assertThat(referral(ReferralStatus.REFERRED).toString()).doesNotContain("Clinique");
    }

    private OpenTask referralsTask(String taskId, Element step, long referralId) {
        OpenTask task = new OpenTask(taskId, "SEA-2026-000001", step.id());
        when(tasks.openOf(VictimAssistanceProcess.KEY, taskId, step.id(), Variables.REFERRAL_ID, referralId))
                .thenReturn(task);
        return task;
    }

    private void given(ReferralStatus status) {
        when(mapper.find(5L)).thenReturn(Optional.of(referral(status)));
    }

    private static Referral referral(ReferralStatus status) {
        return new Referral(5L, 7L, Need.MEDICAL, "CLINIC-12", "Clinique de l'Espoir", status, NOW, null, NOW);
    }
}
