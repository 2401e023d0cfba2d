package org.safeguard.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.base.WorkingDayCalendar;
import org.safeguard.casefile.Entities;
import org.safeguard.sla.internal.SlaRules;

/** Deadlines from the deployed decision and the working-day calendar, by duty station and Member State. */
class SlaPolicyTest {

    Entities entities = mock(Entities.class);
    SlaPolicy policy = new SlaPolicy(
            new SlaRules(
                    DeployedSlaPolicy.engine().getDecisionService(),
                    DeployedSlaPolicy.engine().getRepositoryService()),
            new WorkingDayCalendar(),
            entities);

    @BeforeEach
    void dutyStations() {
        when(entities.hostCountry("MINUSCA")).thenReturn(Optional.of("CF"));
        when(entities.hostCountry("UNICEF")).thenReturn(Optional.empty());
    }

    @Test
    void a_preliminary_assessment_at_minusca_skips_the_central_african_national_day() {
        Deadline deadline =
                policy.deadline(SlaClock.PRELIMINARY_ASSESSMENT, at("MINUSCA", "CA"), instant("2026-11-27T09:30:00Z"));

        assertThat(deadline.due()).isEqualTo(instant("2026-12-07T09:30:00Z"));
        assertThat(deadline.warnings()).isEmpty();
    }

    @Test
    void a_member_state_clock_runs_on_the_member_states_holidays_not_the_duty_stations() {
        Deadline deadline =
                policy.deadline(SlaClock.NOTE_VERBALE, at("MINUSCA", "CA"), instant("2026-11-30T10:00:00Z"));

        assertThat(deadline.due()).isEqualTo(instant("2026-12-01T10:00:00Z"));
    }

    @Test
    void a_silent_member_state_is_reminded_ten_canadian_working_days_after_a_note_sent_before_christmas() {
        Deadline deadline =
                policy.deadline(SlaClock.MEMBER_STATE_REMINDER, at("MINUSCA", "CA"), instant("2026-12-23T08:00:00Z"));

        assertThat(deadline.due()).isEqualTo(instant("2027-01-08T08:00:00Z"));
    }

    @Test
    void an_agency_without_a_host_country_counts_weekends_only() {
        Deadline deadline =
                policy.deadline(SlaClock.ROUTING_DECISION, at("UNICEF", "CA"), instant("2026-11-30T10:00:00Z"));

        assertThat(deadline.due()).isEqualTo(instant("2026-12-02T10:00:00Z"));
    }

    @Test
    void a_medical_referral_is_due_72_hours_later_weekend_or_not() {
        SlaAttributes medical = new SlaAttributes(false, null, null, "MEDICAL", null, "MINUSCA");

        Deadline deadline = policy.deadline(SlaClock.REFERRAL, medical, instant("2026-11-27T09:30:00Z"));

        assertThat(deadline.due()).isEqualTo(instant("2026-11-30T09:30:00Z"));
    }

    @Test
    void assistance_is_followed_up_thirty_calendar_days_later() {
        Deadline deadline =
                policy.deadline(SlaClock.ASSISTANCE_FOLLOW_UP, at("MINUSCA", null), instant("2026-11-27T09:30:00Z"));

        assertThat(deadline.due()).isEqualTo(instant("2026-12-27T09:30:00Z"));
    }

    @Test
    void an_investigation_with_a_child_victim_is_due_in_90_days_and_warns_at_half_and_three_quarters() {
        SlaAttributes child = new SlaAttributes(true, "SEXUAL_ABUSE", "MILITARY_CONTINGENT", null, "CA", "MINUSCA");

        Deadline deadline = policy.deadline(SlaClock.INVESTIGATION, child, instant("2026-01-01T00:00:00Z"));

        assertThat(deadline.due()).isEqualTo(instant("2026-04-01T00:00:00Z"));
        assertThat(deadline.warnings())
                .containsExactly(instant("2026-02-15T00:00:00Z"), instant("2026-03-09T12:00:00Z"));
    }

    @Test
    void any_other_investigation_is_due_in_180_days_and_warns_at_90_and_135() {
        SlaAttributes adult = new SlaAttributes(false, "TRANSACTIONAL_SEX", "CIVILIAN_STAFF", null, null, "MINUSCA");

        Deadline deadline = policy.deadline(SlaClock.INVESTIGATION, adult, instant("2026-01-01T00:00:00Z"));

        assertThat(deadline.due()).isEqualTo(instant("2026-06-30T00:00:00Z"));
        assertThat(deadline.warnings())
                .containsExactly(instant("2026-04-01T00:00:00Z"), instant("2026-05-16T00:00:00Z"));
    }

    private static SlaAttributes at(String entity, String nationality) {
        return new SlaAttributes(false, "SEXUAL_EXPLOITATION_OTHER", "MILITARY_CONTINGENT", null, nationality, entity);
    }

    private static Instant instant(String text) {
        return Instant.parse(text);
    }
}
