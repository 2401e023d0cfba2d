package org.safeguard.sla.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.safeguard.sla.SlaAttributes;
import org.safeguard.sla.SlaClock;
import org.springframework.stereotype.Component;

/**
 * Evaluates the deployed {@code sla-policy} decision (its latest version) through the engine.
 *
 * <p>Every task created with a deadline asks the policy, and the engine's FEEL interpreter costs
 * far more than the rest of a task's creation (it builds its table of built-in functions for each
 * of the table's entries). The policy's rows compare the inputs with literals, so a version's
 * answer to the same inputs never changes: answers are remembered per deployed version. Each call
 * still asks the engine which version is the latest, so a policy deployed from the workbench
 * decides the very next deadline.
 */
@Component
public class SlaRules {

    public static final String DECISION_KEY = "sla-policy";
    /** Far more than the attributes that occur; reached only if they did not repeat, and then started afresh. */
    private static final int REMEMBERED_AT_MOST = 10_000;

    private final DecisionService decisions;
    private final RepositoryService repository;
    private final Map<Question, SlaRule> answers = new ConcurrentHashMap<>();

    public SlaRules(DecisionService decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    public SlaRule ruleFor(SlaClock clock, SlaAttributes attributes) {
        DecisionDefinition latest = repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(DECISION_KEY)
                .withoutTenantId()
                .latestVersion()
                .singleResult();
        if (latest == null) {
            throw new IllegalStateException("No " + DECISION_KEY + " decision is deployed");
        }
        Question question = new Question(
                latest.getId(),
                clock,
                attributes.minorInvolved(),
                attributes.allegationType(),
                attributes.personnelCategory(),
                attributes.need());
        SlaRule rule = answers.get(question);
        if (rule == null) {
            rule = evaluate(question);
            if (answers.size() >= REMEMBERED_AT_MOST) {
                answers.clear();
            }
            answers.put(question, rule);
        }
        return rule;
    }

    private SlaRule evaluate(Question question) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("clock", question.clock().name());
        inputs.put("minorInvolved", question.minorInvolved());
        inputs.put("allegationType", question.allegationType());
        inputs.put("personnelCategory", question.personnelCategory());
        inputs.put("need", question.need());
        DmnDecisionResult result = decisions
                .evaluateDecisionById(question.decisionId())
                .variables(inputs)
                .evaluate();
        DmnDecisionResultEntries row = result.getFirstResult();
        if (row == null) {
            // No silent default: a clock without a rule is a gap in the policy that must be seen.
            throw new IllegalStateException(
                    "The sla-policy decision has no rule for " + question.clock() + " with " + inputs);
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
        return Arrays.stream(warnings.split(","))
                .map(String::trim)
                .map(Integer::valueOf)
                .sorted()
                .toList();
    }

    /** What the policy is asked: a version of the decision and its inputs. */
    private record Question(
            String decisionId,
            SlaClock clock,
            Boolean minorInvolved,
            String allegationType,
            String personnelCategory,
            String need) {}
}
