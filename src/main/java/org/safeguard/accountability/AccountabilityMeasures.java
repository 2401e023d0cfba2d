package org.safeguard.accountability;

import static org.safeguard.accountability.AccountabilityTaskVariables.CASE_REFERENCE;
import static org.safeguard.accountability.AccountabilityTaskVariables.PAYMENTS_WITHHELD;
import static org.safeguard.accountability.AccountabilityTaskVariables.REPATRIATED;
import static org.safeguard.accountability.AccountabilityTaskVariables.SUBJECT_GROUP_ID;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.safeguard.accountability.internal.MeasureMapper;
import org.safeguard.accountability.internal.MeasureRow;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
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

    /** Task definition keys of {@code processes/accountability.bpmn}, one per method below; the forms are drawn by them. */
    public static final String RECORD_WITHHELD_PAYMENTS = "user_record_withheld_payments";

    public static final String DECIDE_DISCIPLINARY_MEASURES = "user_decide_disciplinary_measures";
    public static final String RECORD_ENTITY_MEASURES = "user_record_entity_measures";
    public static final String ENTER_SCREENING_DATABASE = "user_enter_screening_database";
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
                RECORD_WITHHELD_PAYMENTS,
                MeasureKind.PAYMENTS_AND_REPATRIATION,
                "paymentsWithheld=" + record.paymentsWithheld() + "; repatriated=" + record.repatriated() + "; "
                        + record.details(),
                Map.of(PAYMENTS_WITHHELD, record.paymentsWithheld(), REPATRIATED, record.repatriated()));
    }

    public void decideDisciplinaryMeasures(String taskId, DisciplinaryDecision decision) {
        require(decision, "decision");
        List<Violation> violations = text("measures", decision.measures());
        violations.addAll(text("reasons", decision.reasons()));
        enforce(violations);
        complete(
                taskId,
                DECIDE_DISCIPLINARY_MEASURES,
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
                RECORD_ENTITY_MEASURES,
                MeasureKind.ENTITY_MEASURES,
                measures.responsibleEntity() + ": " + measures.measures(),
                Map.of());
    }

    public void enterInScreeningDatabase(String taskId, ScreeningEntry entry) {
        require(entry, "entry");
        enforce(text("entryReference", entry.entryReference()));
        complete(taskId, ENTER_SCREENING_DATABASE, MeasureKind.SCREENING_ENTRY, entry.entryReference(), Map.of());
    }

    private void complete(String taskId, String step, MeasureKind kind, String detail, Map<String, Object> variables) {
        OpenTask task = tasks.open(taskId, step);
        String caseReference = tasks.variable(task, CASE_REFERENCE, String.class);
        long subjectGroupId = tasks.variable(task, SUBJECT_GROUP_ID, Long.class);
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
