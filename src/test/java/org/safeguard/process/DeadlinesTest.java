package org.safeguard.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.sla.Deadline;
import org.safeguard.sla.SlaAttributes;
import org.safeguard.sla.SlaClock;
import org.safeguard.sla.SlaPolicy;

class DeadlinesTest {

    static final Instant NOW = Instant.parse("2026-11-27T09:30:00Z");
    static final Instant DUE = Instant.parse("2026-12-07T09:30:00Z");

    SlaPolicy policy = mock(SlaPolicy.class);
    Deadlines deadlines = new Deadlines(policy);
    DelegateExecution execution = mock(DelegateExecution.class);

    @BeforeEach
    void engineTimeAndPolicy() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        when(policy.deadline(any(), any(), any())).thenReturn(new Deadline(DUE, List.of()));
    }

    @AfterEach
    void resetEngineTime() {
        ClockUtil.reset();
    }

    @Test
    void a_due_date_counts_from_the_engines_time() {
        assertThat(deadlines.due(execution, "PRELIMINARY_ASSESSMENT")).isEqualTo(Date.from(DUE));

        verify(policy).deadline(eq(SlaClock.PRELIMINARY_ASSESSMENT), any(), eq(NOW));
    }

    @Test
    void the_policy_sees_the_case_attributes_held_by_the_execution() {
        when(execution.getVariable("minorInvolved")).thenReturn(true);
        when(execution.getVariable("allegationType")).thenReturn("RAPE");
        when(execution.getVariable("personnelCategory")).thenReturn("MILITARY_CONTINGENT");
        when(execution.getVariable("need")).thenReturn("MEDICAL");
        when(execution.getVariable("nationality")).thenReturn("CA");
        when(execution.getVariable("entity")).thenReturn("MINUSCA");

        deadlines.due(execution, "INVESTIGATION");

        verify(policy)
                .deadline(
                        SlaClock.INVESTIGATION,
                        new SlaAttributes(true, "RAPE", "MILITARY_CONTINGENT", "MEDICAL", "CA", "MINUSCA"),
                        NOW);
    }

    @Test
    void attributes_the_execution_does_not_hold_reach_the_policy_as_null() {
        deadlines.due(execution, "REVIEW");

        verify(policy).deadline(SlaClock.REVIEW, SlaAttributes.none(), NOW);
    }

    @Test
    void a_timer_counts_from_the_start_it_is_given() {
        Date noteSentAt = Date.from(Instant.parse("2026-11-02T08:00:00Z"));

        assertThat(deadlines.dueFrom(execution, "MEMBER_STATE_REMINDER", noteSentAt))
                .isEqualTo(Date.from(DUE));

        verify(policy).deadline(SlaClock.MEMBER_STATE_REMINDER, SlaAttributes.none(), noteSentAt.toInstant());
    }

    @Test
    void warnings_come_back_as_dates_oldest_first() {
        Instant half = Instant.parse("2027-01-11T09:30:00Z");
        Instant threeQuarters = Instant.parse("2027-02-03T09:30:00Z");
        when(policy.deadline(eq(SlaClock.INVESTIGATION), any(), any()))
                .thenReturn(new Deadline(DUE, List.of(half, threeQuarters)));

        assertThat(deadlines.warnings(execution, "INVESTIGATION", Date.from(NOW)))
                .containsExactly(Date.from(half), Date.from(threeQuarters));
    }

    @Test
    void a_clock_without_a_start_is_refused_with_its_name() {
        assertThatThrownBy(() -> deadlines.dueFrom(execution, "MEMBER_STATE_REMINDER", null))
                .hasMessageContaining("MEMBER_STATE_REMINDER");
    }

    @Test
    void a_clock_the_policy_does_not_know_is_refused() {
        assertThatThrownBy(() -> deadlines.due(execution, "COFFEE_BREAK")).isInstanceOf(IllegalArgumentException.class);
    }
}
