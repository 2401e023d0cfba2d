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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.victim.internal.ReferralMapper;
import org.springframework.context.ApplicationEventPublisher;

class ReferralsTest {

    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    ReferralMapper mapper = mock(ReferralMapper.class);
    ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    Referrals referrals = new Referrals(mapper, events, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void referring_names_the_provider_and_completes_the_task() {
        given(ReferralStatus.PENDING);

        referrals.completeReferral("task-3", 5L, " CLINIC-12 ", "Clinique de l'Espoir");

        verify(mapper).refer(5L, "CLINIC-12", "Clinique de l'Espoir", NOW);
        verify(events).publishEvent(new ReferralMade("task-3", 5L, Need.MEDICAL));
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

        referrals.resolveOverdue("task-4", 5L);

        verify(events).publishEvent(new OverdueReferralResolved("task-4", 5L));
    }

    @Test
    void an_unknown_referral_is_not_resolved() {
        assertThatThrownBy(() -> referrals.resolveOverdue("task-4", 99L)).isInstanceOf(NotFoundException.class);
        verify(events, never()).publishEvent(any());
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

    private void given(ReferralStatus status) {
        when(mapper.find(5L)).thenReturn(Optional.of(referral(status)));
    }

    private static Referral referral(ReferralStatus status) {
        return new Referral(5L, 7L, Need.MEDICAL, "CLINIC-12", "Clinique de l'Espoir", status, NOW, null, NOW);
    }
}
