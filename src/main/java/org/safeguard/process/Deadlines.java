package org.safeguard.process;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * TEMPORARY stand-in with the contract's three methods so the engagement model compiles and its
 * tests can mock it; the sla branch's {@code Deadlines} (DMN {@code sla-policy}) replaces it on merge.
 */
@Component("deadlines")
public class Deadlines {

    public Date due(DelegateExecution execution, String clock) {
        throw new UnsupportedOperationException("Deadlines come with the sla branch");
    }

    public Date dueFrom(DelegateExecution execution, String clock, Date start) {
        throw new UnsupportedOperationException("Deadlines come with the sla branch");
    }

    public List<Date> warnings(DelegateExecution execution, String clock, Date start) {
        throw new UnsupportedOperationException("Deadlines come with the sla branch");
    }
}
