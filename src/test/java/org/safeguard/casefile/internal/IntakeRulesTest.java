package org.safeguard.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.safeguard.casefile.Allegations.anAllegation;

import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.casefile.Entities;
import org.safeguard.casefile.NewAllegation;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.memberstate.MemberStates;

class IntakeRulesTest {

    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    Entities entities = mock(Entities.class);
    MemberStates memberStates = mock(MemberStates.class);
    IntakeRules rules;

    @BeforeEach
    void setUp() {
        when(entities.exists(anyString())).thenAnswer(call -> "MINUSCA".equals(call.getArgument(0)));
        when(memberStates.isMemberState(anyString())).thenAnswer(call -> "CA".equals(call.getArgument(0)));
        rules = new IntakeRules(
                Validation.buildDefaultValidatorFactory().getValidator(),
                entities,
                memberStates,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void the_example_allegation_passes() {
        assertThatCode(() -> rules.check(anAllegation().build())).doesNotThrowAnyException();
    }

    @Test
    void a_receipt_a_minute_ahead_of_our_clock_is_tolerated_but_not_an_hour() {
        assertThatCode(() -> rules.check(
                        anAllegation().receivedAt(NOW.plusSeconds(60)).build()))
                .doesNotThrowAnyException();
        assertThat(violations(anAllegation().receivedAt(NOW.plusSeconds(3600)).build()))
                .containsExactly(new Violation("receivedAt", "must not be in the future"));
    }

    @Test
    void an_incident_on_the_day_of_receipt_is_fine_the_day_after_is_not() {
        Instant receivedAt = Instant.parse("2026-11-20T09:30:00Z");
        assertThatCode(() -> rules.check(anAllegation()
                        .receivedAt(receivedAt)
                        .incidentOn(LocalDate.parse("2026-11-20"))
                        .build()))
                .doesNotThrowAnyException();
        assertThat(violations(anAllegation()
                        .receivedAt(receivedAt)
                        .incidentOn(LocalDate.parse("2026-11-21"))
                        .build()))
                .extracting(Violation::field)
                .containsExactly("incidentDate");
    }

    @Test
    void an_unknown_incident_date_is_allowed() {
        assertThatCode(() -> rules.check(anAllegation().incidentOn(null).build()))
                .doesNotThrowAnyException();
    }

    @Test
    void uniformed_subjects_need_a_nationality_civilians_do_not() {
        assertThat(violations(anAllegation()
                        .withOnlySubject(PersonnelCategory.MILITARY_OBSERVER, null)
                        .build()))
                .containsExactly(new Violation("subjects[0].nationality", "is required for uniformed personnel"));
        assertThatCode(() -> rules.check(anAllegation()
                        .withOnlySubject(PersonnelCategory.VOLUNTEER, null)
                        .build()))
                .doesNotThrowAnyException();
    }

    @Test
    void a_nationality_must_be_a_member_state() {
        assertThat(violations(anAllegation()
                        .withSubject(PersonnelCategory.CIVILIAN_STAFF, "XK")
                        .build()))
                .extracting(Violation::field)
                .containsExactly("subjects[1].nationality");
    }

    @Test
    void an_unknown_entity_is_named() {
        assertThat(violations(anAllegation().against("ATLANTIS").build()))
                .containsExactly(new Violation("entity", "is not a known mission or agency code"));
    }

    private java.util.List<Violation> violations(NewAllegation allegation) {
        return catchThrowableOfType(InvalidInputException.class, () -> rules.check(allegation))
                .violations();
    }
}
