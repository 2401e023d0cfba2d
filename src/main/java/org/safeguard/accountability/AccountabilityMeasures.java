package org.safeguard.accountability;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.safeguard.accountability.internal.MeasureMapper;
import org.safeguard.accountability.internal.MeasureRow;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.processes.AccountabilityProcess;
import org.safeguard.base.processes.ProcessVariables;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.tasks.OpenTasks;
import org.safeguard.base.tasks.OpenTasks.OpenTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accountability steps, one method per user task: each checks the input, records the measures
 * and completes the task with codes only.
 */
@Service
@Transactional
public class AccountabilityMeasures {
    /** The longest text a measure's field takes. */
    public static final int MAX_TEXT = 20_000;

    private final MeasureMapper mapper;
    private final OpenTasks tasks;
    private final Clock clock;
    private final CurrentUser user;

    AccountabilityMeasures(MeasureMapper mapper, OpenTasks tasks, Clock clock, CurrentUser user) {
        this.mapper = mapper;
        this.tasks = tasks;
        this.clock = clock;
        this.user = user;
    }

    public void recordPaymentsAndRepatriation(String taskId, PaymentsAndRepatriation record) {
        require(record, "record");
        enforce(text("details", record.details()));
        complete(
                taskId,
                AccountabilityProcess.Element.user_record_withheld_payments.id(),
                MeasureKind.PAYMENTS_AND_REPATRIATION,
                "paymentsWithheld=" + record.paymentsWithheld() + "; repatriated=" + record.repatriated() + "; "
                        + record.details(),
                ProcessVariables.with(AccountabilityProcess.Variables.PAYMENTS_WITHHELD, record.paymentsWithheld())
                        .and(AccountabilityProcess.Variables.REPATRIATED, record.repatriated())
                        .asMap());
    }

    public void decideDisciplinaryMeasures(String taskId, DisciplinaryDecision decision) {
        require(decision, "decision");
        List<Violation> violations = text("measures", decision.measures());
        violations.addAll(text("reasons", decision.reasons()));
        enforce(violations);
        complete(
                taskId,
                AccountabilityProcess.Element.user_decide_disciplinary_measures.id(),
                MeasureKind.DISCIPLINARY,
                decision.measures() + "\n" + decision.reasons(),
                Map.of());
    }

    public void recordEntityMeasures(String taskId, EntityMeasures measures) {
        require(measures, "measures");
        List<Violation> violations = text("responsibleEntity", measures.responsibleEntity());
        violations.addAll(text("measures", measures.measures()));
        enforce(violations);
        complete(
                taskId,
                AccountabilityProcess.Element.user_record_entity_measures.id(),
                MeasureKind.ENTITY_MEASURES,
                measures.responsibleEntity() + ": " + measures.measures(),
                Map.of());
    }

    public void enterInScreeningDatabase(String taskId, ScreeningEntry entry) {
        require(entry, "entry");
        enforce(text("entryReference", entry.entryReference()));
        complete(
                taskId,
                AccountabilityProcess.Element.user_enter_screening_database.id(),
                MeasureKind.SCREENING_ENTRY,
                entry.entryReference(),
                Map.of());
    }

    private void complete(String taskId, String step, MeasureKind kind, String detail, Map<String, Object> variables) {
        OpenTask task = tasks.open(taskId, step);
        String caseReference = tasks.variable(task, AccountabilityProcess.Variables.CASE_REFERENCE);
        long subjectGroupId = tasks.variable(task, AccountabilityProcess.Variables.SUBJECT_GROUP_ID);
        mapper.insert(new MeasureRow(
                null, caseReference, subjectGroupId, kind, detail, Date.from(clock.instant()), user.username()));
        tasks.complete(task, variables);
    }

    private static void require(Object input, String field) {
        if (input == null) {
            throw new InvalidInputException(List.of(new Violation(field, "required")));
        }
    }

    private static List<Violation> text(String field, String value) {
        List<Violation> violations = new ArrayList<>();
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "required"));
        } else if (value.length() > MAX_TEXT) {
            violations.add(new Violation(field, "at most " + MAX_TEXT + " characters"));
        }
        return violations;
    }

    private static void enforce(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
