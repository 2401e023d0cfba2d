package org.safeguard.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.safeguard.accountability.internal.MeasureMapper;
import org.safeguard.accountability.internal.MeasureRow;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.processes.AccountabilityProcess;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.tasks.OpenTasks;
import org.safeguard.base.tasks.OpenTasks.OpenTask;

class AccountabilityMeasuresTest {

    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    MeasureMapper mapper = mock(MeasureMapper.class);
    OpenTasks tasks = mock(OpenTasks.class);
    OpenTask task = new OpenTask("t1", "SEA-2026-000001", "user_record_measures");
    CurrentUser user = mock(CurrentUser.class);
    AccountabilityMeasures measures = new AccountabilityMeasures(mapper, tasks, Clock.fixed(NOW, ZoneOffset.UTC), user);

    @BeforeEach
    void aTaskIsOpen() {
        when(tasks.open(eq("t1"), anyString())).thenReturn(task);
        when(tasks.variable(task, AccountabilityProcess.Variables.CASE_REFERENCE))
                .thenReturn("SEA-2026-000001");
        when(tasks.variable(task, AccountabilityProcess.Variables.SUBJECT_GROUP_ID))
                .thenReturn(7L);
        when(user.username()).thenReturn("manager1");
    }

    @Test
    void disciplinary_measures_need_the_measures_and_the_reasons() {
        assertThatThrownBy(() -> measures.decideDisciplinaryMeasures("t1", new DisciplinaryDecision("", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("measures", "reasons"));
        verifyNoInteractions(mapper);
    }

    @Test
    void payments_and_repatriation_are_recorded_and_the_task_completes_with_the_codes() {
        measures.recordPaymentsAndRepatriation("t1", new PaymentsAndRepatriation(true, false, "Allowances withheld"));

        verify(mapper)
                .insert(new MeasureRow(
                        null,
                        "SEA-2026-000001",
                        7L,
                        MeasureKind.PAYMENTS_AND_REPATRIATION,
                        "paymentsWithheld=true; repatriated=false; Allowances withheld",
                        Date.from(NOW),
                        "manager1"));
        verify(tasks)
                .complete(
                        task,
                        Map.of(
                                AccountabilityProcess.Variables.PAYMENTS_WITHHELD.name(),
                                true,
                                AccountabilityProcess.Variables.REPATRIATED.name(),
                                false));
    }

    @Test
    void entity_measures_name_the_responsible_entity() {
        assertThatThrownBy(() -> measures.recordEntityMeasures("t1", new EntityMeasures(" ", "Contract terminated")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation("responsibleEntity", "required")));
    }

    @Test
    void a_screening_entry_needs_its_reference_and_missing_input_is_refused() {
        assertThatThrownBy(() -> measures.enterInScreeningDatabase("t1", new ScreeningEntry(null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> measures.enterInScreeningDatabase("t1", null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_task_of_another_step_is_not_found() {
        when(tasks.open(eq("t1"), anyString())).thenThrow(new NotFoundException("Open task t1"));

        assertThatThrownBy(() -> measures.enterInScreeningDatabase("t1", new ScreeningEntry("CC-123")))
                .isInstanceOf(NotFoundException.class);
        verify(tasks, Mockito.never()).complete(any(OpenTask.class), any());
    }
}
