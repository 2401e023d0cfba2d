package org.safeguard.process;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.safeguard.base.WorkingDays;
import org.safeguard.process.SeaCaseProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * Due dates of the case's tasks: {@code camunda:dueDate="${caseDeadlines.assessmentDue(execution)}"}.
 * The DESIGN default for now; the {@code sla-policy} decision replaces the constant.
 */
@Component("caseDeadlines")
public class CaseDeadlines {

    static final int ASSESSMENT_WORKING_DAYS = 5;

    private final WorkingDays workingDays;

    CaseDeadlines(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    public Date assessmentDue(DelegateExecution execution) {
        ZonedDateTime received = Variables.RECEIVED_AT.from(execution).toInstant().atZone(ZoneOffset.UTC);
        ZonedDateTime due = received.with(workingDays.after(received.toLocalDate(), ASSESSMENT_WORKING_DAYS));
        return Date.from(due.toInstant());
    }
}
