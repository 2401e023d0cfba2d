package org.safeguard.process;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * TEMPORARY stand-in (contract of issue 3) so the investigation models compile and run before the
 * sla branch is merged; the merge takes the sla helper's {@code Deadlines}, which reads the
 * {@code sla-policy} decision. Calendar days only, the DESIGN defaults of the clocks used here.
 */
@Component("deadlines")
public class Deadlines {

    public Date due(DelegateExecution execution, String clock) {
        return dueFrom(execution, clock, ClockUtil.getCurrentTime());
    }

    public Date dueFrom(DelegateExecution execution, String clock, Date start) {
        return Date.from(start.toInstant().plus(length(clock)));
    }

    public List<Date> warnings(DelegateExecution execution, String clock, Date start) {
        Duration length = length(clock);
        return List.of(Date.from(start.toInstant().plus(length.dividedBy(2))),
                Date.from(start.toInstant().plus(length.multipliedBy(3).dividedBy(4))));
    }

    private static Duration length(String clock) {
        return switch (clock) {
            case "INVESTIGATION" -> Duration.ofDays(180);
            case "REVIEW" -> Duration.ofDays(7);
            case "EXTENSION_APPROVAL", "ESCALATION" -> Duration.ofDays(3);
            default -> Duration.ofDays(14);
        };
    }
}
