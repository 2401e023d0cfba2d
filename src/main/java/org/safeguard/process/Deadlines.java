package org.safeguard.process;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safeguard.base.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * Due dates and timer dates of the models: {@code ${deadlines.due(execution, 'CLOCK')}}.
 * Interim version: only the preliminary assessment clock (5 working days); the {@code sla-policy}
 * decision replaces it with every clock.
 */
@Component("deadlines")
public class Deadlines {

    private final WorkingDays workingDays;

    Deadlines(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    public Date due(DelegateExecution execution, String clock) {
        return dueFrom(execution, clock, ClockUtil.getCurrentTime());
    }

    public Date dueFrom(DelegateExecution execution, String clock, Date start) {
        if (!"PRELIMINARY_ASSESSMENT".equals(clock)) {
            throw new IllegalArgumentException("No policy for clock " + clock);
        }
        ZonedDateTime from = start.toInstant().atZone(ZoneOffset.UTC);
        return Date.from(from.with(workingDays.after(from.toLocalDate(), 5)).toInstant());
    }

    public List<Date> warnings(DelegateExecution execution, String clock, Date start) {
        return List.of();
    }
}
