package org.safeguard.accountability.rest;

import java.util.List;
import org.safeguard.accountability.AccountabilityMeasures;
import org.safeguard.accountability.DisciplinaryDecision;
import org.safeguard.accountability.EntityMeasures;
import org.safeguard.accountability.PaymentsAndRepatriation;
import org.safeguard.accountability.ScreeningEntry;
import org.safeguard.base.processes.AccountabilityProcess;
import org.safeguard.base.tasks.TaskCompletion;
import org.safeguard.base.tasks.TaskCompletionProvider;
import org.springframework.stereotype.Component;

/**
 * The task API's bodies for the accountability tasks: the service's own records, each bound to the
 * method of {@link AccountabilityMeasures} the task's form calls.
 */
@Component
class AccountabilityTaskCompletions implements TaskCompletionProvider {

    private final AccountabilityMeasures measures;

    AccountabilityTaskCompletions(AccountabilityMeasures measures) {
        this.measures = measures;
    }

    @Override
    public List<TaskCompletion<?>> completions() {
        return List.of(
                TaskCompletion.of(
                        AccountabilityProcess.Element.user_record_withheld_payments.id(),
                        PaymentsAndRepatriation.class,
                        measures::recordPaymentsAndRepatriation),
                TaskCompletion.of(
                        AccountabilityProcess.Element.user_decide_disciplinary_measures.id(),
                        DisciplinaryDecision.class,
                        measures::decideDisciplinaryMeasures),
                TaskCompletion.of(
                        AccountabilityProcess.Element.user_record_entity_measures.id(),
                        EntityMeasures.class,
                        measures::recordEntityMeasures),
                TaskCompletion.of(
                        AccountabilityProcess.Element.user_enter_screening_database.id(),
                        ScreeningEntry.class,
                        measures::enterInScreeningDatabase));
    }
}
