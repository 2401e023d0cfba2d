package org.safeguard.accountability.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;
import org.safeguard.accountability.AccountabilityMeasures;
import org.safeguard.accountability.ScreeningEntry;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.processes.AccountabilityProcess;
import org.safeguard.base.ui.TaskFormProvider;
import org.safeguard.base.ui.forms.TextForm;

/**
 * The forms of the accountability tasks, by personnel category: payments and repatriation,
 * disciplinary measures, the responsible entity's measures, and the screening-database entry.
 * Each completes its task through the typed method of {@link AccountabilityMeasures}.
 */
@org.springframework.stereotype.Component
class AccountabilityTaskForms implements TaskFormProvider {

    private final AccountabilityMeasures measures;

    AccountabilityTaskForms(AccountabilityMeasures measures) {
        this.measures = measures;
    }

    @Override
    public Set<String> taskKinds() {
        return Set.of(
                AccountabilityProcess.Element.user_record_withheld_payments.id(),
                AccountabilityProcess.Element.user_decide_disciplinary_measures.id(),
                AccountabilityProcess.Element.user_record_entity_measures.id(),
                AccountabilityProcess.Element.user_enter_screening_database.id());
    }

    @Override
    public Component form(String taskId, String taskKind, Runnable completed) {
        return switch (AccountabilityProcess.Element.valueOf(taskKind)) {
            case user_record_withheld_payments -> {
                PaymentsForm form = new PaymentsForm();
                yield form.completesWith(
                        () -> measures.recordPaymentsAndRepatriation(taskId, form.record()), completed);
            }
            case user_decide_disciplinary_measures -> {
                DisciplinaryForm form = new DisciplinaryForm();
                yield form.completesWith(() -> measures.decideDisciplinaryMeasures(taskId, form.decision()), completed);
            }
            case user_record_entity_measures -> {
                EntityMeasuresForm form = new EntityMeasuresForm();
                yield form.completesWith(() -> measures.recordEntityMeasures(taskId, form.measures()), completed);
            }
            case user_enter_screening_database -> {
                TextForm form = new TextForm(
                        Texts.text("screening.entryReference"),
                        "entryReference",
                        Texts.text("violation.entryReference"));
                yield form.completesWith(
                        () -> measures.enterInScreeningDatabase(taskId, new ScreeningEntry(form.text())), completed);
            }
            default -> throw new IllegalArgumentException("No form for task kind " + taskKind);
        };
    }
}
