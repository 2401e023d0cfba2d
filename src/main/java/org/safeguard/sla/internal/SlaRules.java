package org.safeguard.sla.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.safeguard.sla.SlaAttributes;
import org.safeguard.sla.SlaClock;
import org.springframework.stereotype.Component;

/** Evaluates the deployed {@code sla-policy} decision (its latest version) through the engine. */
@Component
public class SlaRules {

    public static final String DECISION_KEY = "sla-policy";

    private final DecisionService decisions;

    public SlaRules(DecisionService decisions) {
        this.decisions = decisions;
    }

    public SlaRule ruleFor(SlaClock clock, SlaAttributes attributes) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("clock", clock.name());
        inputs.put("minorInvolved", attributes.minorInvolved());
        inputs.put("allegationType", attributes.allegationType());
        inputs.put("personnelCategory", attributes.personnelCategory());
        inputs.put("need", attributes.need());
        DmnDecisionResult result = decisions.evaluateDecisionByKey(DECISION_KEY).variables(inputs).evaluate();
        DmnDecisionResultEntries row = result.getFirstResult();
        if (row == null) {
            // No silent default: a clock without a rule is a gap in the policy that must be seen.
            throw new IllegalStateException("The sla-policy decision has no rule for " + clock + " with " + attributes);
        }
        Number amount = row.getEntry("amount");
        String unit = row.getEntry("unit");
        String warnings = row.getEntry("warningPercents");
        return new SlaRule(amount.intValue(), SlaRule.Unit.valueOf(unit), percents(warnings));
    }

    private static List<Integer> percents(String warnings) {
        if (warnings == null || warnings.isBlank()) {
            return List.of();
        }
        return Arrays.stream(warnings.split(",")).map(String::trim).map(Integer::valueOf).sorted().toList();
    }
}
