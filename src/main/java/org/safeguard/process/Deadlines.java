package org.safeguard.process;

import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.base.processes.VictimAssistanceProcess;
import org.safeguard.sla.Deadline;
import org.safeguard.sla.SlaAttributes;
import org.safeguard.sla.SlaClock;
import org.safeguard.sla.SlaPolicy;
import org.springframework.stereotype.Component;

/**
 * Due dates and timers of every model, from the {@code sla-policy} decision:
 * {@code camunda:dueDate="${deadlines.due(execution, 'REVIEW')}"},
 * {@code <bpmn:timeDate>${deadlines.dueFrom(execution, 'MEMBER_STATE_REMINDER', noteSentAt)}</bpmn:timeDate>}.
 * The policy's attributes are read from the execution's variables, which carry the same names in
 * every model (the case passes them on to the processes it calls); a missing one is null.
 */
@Component("deadlines")
public class Deadlines {

    private final SlaPolicy policy;

    Deadlines(SlaPolicy policy) {
        this.policy = policy;
    }

    /** The clock's due date counted from now, the engine's time (which tests move). */
    public Date due(DelegateExecution execution, String clock) {
        return dueFrom(execution, clock, ClockUtil.getCurrentTime());
    }

    /** The clock's due date counted from {@code start}, e.g. the note verbale's {@code noteSentAt}. */
    public Date dueFrom(DelegateExecution execution, String clock, Date start) {
        return Date.from(deadline(execution, clock, start).due());
    }

    /** The instants, oldest first, at which the assignee is warned; empty when the policy sets none. */
    public List<Date> warnings(DelegateExecution execution, String clock, Date start) {
        return deadline(execution, clock, start).warnings().stream()
                .map(Date::from)
                .toList();
    }

    private Deadline deadline(DelegateExecution execution, String clock, Date start) {
        Objects.requireNonNull(start, () -> "The start of clock " + clock + " is not set");
        return policy.deadline(SlaClock.valueOf(clock), attributes(execution), start.toInstant());
    }

    private static SlaAttributes attributes(DelegateExecution execution) {
        return new SlaAttributes(
                SeaCaseProcess.Variables.MINOR_INVOLVED.from(execution),
                SeaCaseProcess.Variables.ALLEGATION_TYPE.from(execution),
                SeaCaseProcess.Variables.PERSONNEL_CATEGORY.from(execution),
                VictimAssistanceProcess.Variables.NEED.from(execution),
                SeaCaseProcess.Variables.NATIONALITY.from(execution),
                SeaCaseProcess.Variables.ENTITY.from(execution));
    }
}
