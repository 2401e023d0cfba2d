package org.safeguard.process;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * TEMPORARY stand-in for the sla branch's {@code Deadlines} (issue 3 contract): the same three
 * public methods, calendar days only, so the victim-assistance model compiles and runs until the
 * merge takes the {@code sla-policy} version.
 */
@Component("deadlines")
public class Deadlines {

    private static final Map<String, Duration> DEFAULTS = Map.of(
            "VICTIM_REFERRAL", Duration.ofHours(24),
            "NEEDS_ASSESSMENT", Duration.ofDays(3),
            "REFERRAL", Duration.ofDays(3),
            "ASSISTANCE_FOLLOW_UP", Duration.ofDays(30),
            "ESCALATION", Duration.ofDays(2));

    public Date due(DelegateExecution execution, String clock) {
        return dueFrom(execution, clock, ClockUtil.getCurrentTime());
    }

    public Date dueFrom(DelegateExecution execution, String clock, Date start) {
        return Date.from(start.toInstant().plus(DEFAULTS.getOrDefault(clock, Duration.ofDays(5))));
    }

    public List<Date> warnings(DelegateExecution execution, String clock, Date start) {
        return List.of();
    }
}
