package org.safeguard.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.victim.internal.ConsentMapper;
import org.safeguard.victim.internal.VictimMapper;
import org.springframework.context.ApplicationEventPublisher;

class VictimConsentsTest {

    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    ConsentMapper mapper = mock(ConsentMapper.class);
    VictimMapper victims = mock(VictimMapper.class);
    ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    VictimConsents consents = new VictimConsents(mapper, victims, events, Clock.fixed(NOW, ZoneOffset.UTC), advocate());

    @Test
    void an_adult_gives_consent_herself_and_it_is_dated() {
        when(victims.findAgeGroup(7L)).thenReturn(Optional.of(AgeGroup.ADULT));

        consents.record(7L, ConsentScope.ASSISTANCE, true, ConsentGiver.SELF);

        verify(mapper).insert(7L, ConsentScope.ASSISTANCE, true, ConsentGiver.SELF, NOW, "vra");
    }

    @Test
    void a_childs_consent_is_given_through_a_parent_or_guardian() {
        when(victims.findAgeGroup(7L)).thenReturn(Optional.of(AgeGroup.CHILD));

        assertThatThrownBy(() -> consents.record(7L, ConsentScope.ASSISTANCE, true, ConsentGiver.SELF))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation(
                                        "givenBy", "a child's consent is given through a parent or guardian")));

        consents.record(7L, ConsentScope.ASSISTANCE, true, ConsentGiver.PARENT_OR_GUARDIAN);
        verify(mapper).insert(7L, ConsentScope.ASSISTANCE, true, ConsentGiver.PARENT_OR_GUARDIAN, NOW, "vra");
    }

    @Test
    void a_consent_needs_its_scope_and_who_gave_it() {
        when(victims.findAgeGroup(7L)).thenReturn(Optional.of(AgeGroup.ADULT));

        assertThatThrownBy(() -> consents.record(7L, null, true, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("scope", "givenBy"));
        verify(mapper, never()).insert(anyLong(), any(), any(Boolean.class), any(), any(), any());
    }

    @Test
    void consent_for_an_unknown_victim_is_refused() {
        when(victims.findAgeGroup(7L)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> consents.record(7L, ConsentScope.ASSISTANCE, true, ConsentGiver.SELF))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void withdrawing_a_consent_in_force_dates_it_and_announces_the_withdrawal_for_that_scope() {
        when(mapper.findLatest(7L, ConsentScope.REFERRAL))
                .thenReturn(Optional.of(consent(ConsentScope.REFERRAL, true, null)));

        consents.withdraw(7L, ConsentScope.REFERRAL);

        verify(mapper).withdraw(3L, NOW, "vra");
        verify(events).publishEvent(new ConsentWithdrawn(7L, ConsentScope.REFERRAL));
    }

    @Test
    void a_consent_already_withdrawn_or_refused_cannot_be_withdrawn() {
        when(mapper.findLatest(7L, ConsentScope.ASSISTANCE))
                .thenReturn(Optional.of(consent(ConsentScope.ASSISTANCE, true, NOW)));
        when(mapper.findLatest(7L, ConsentScope.SHARING_WITH_INVESTIGATORS))
                .thenReturn(Optional.of(consent(ConsentScope.SHARING_WITH_INVESTIGATORS, false, null)));

        assertThatThrownBy(() -> consents.withdraw(7L, ConsentScope.ASSISTANCE))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> consents.withdraw(7L, ConsentScope.SHARING_WITH_INVESTIGATORS))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> consents.withdraw(7L, ConsentScope.REFERRAL))
                .isInstanceOf(InvalidInputException.class);
        verifyNoInteractions(events);
    }

    @Test
    void each_scope_is_in_force_on_its_own() {
        when(mapper.findLatest(7L, ConsentScope.ASSISTANCE))
                .thenReturn(Optional.of(consent(ConsentScope.ASSISTANCE, true, null)));

        assertThat(consents.inForce(7L, ConsentScope.ASSISTANCE)).isTrue();
        assertThat(consents.inForce(7L, ConsentScope.SHARING_WITH_INVESTIGATORS))
                .isFalse();
    }

    private static Consent consent(ConsentScope scope, boolean given, Instant withdrawnAt) {
        return new Consent(3L, 7L, scope, given, ConsentGiver.SELF, NOW.minusSeconds(3600), withdrawnAt);
    }

    static CurrentUser advocate() {
        CurrentUser user = mock(CurrentUser.class);
        when(user.username()).thenReturn("vra");
        return user;
    }
}
