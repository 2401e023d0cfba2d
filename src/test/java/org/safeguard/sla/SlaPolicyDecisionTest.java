package org.safeguard.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguard.sla.internal.SlaRule;
import org.safeguard.sla.internal.SlaRule.Unit;
import org.safeguard.sla.internal.SlaRules;

/** The {@code sla-policy} table row by row, evaluated by the engine as in production. */
class SlaPolicyDecisionTest {

    static final ProcessEngine engine = DeployedSlaPolicy.engine();
    static final SlaRules rules = new SlaRules(engine.getDecisionService(), engine.getRepositoryService());

    static Stream<Arguments> policy() {
        return Stream.of(
                row(
                        "a victim is referred within 24 hours",
                        SlaClock.VICTIM_REFERRAL,
                        SlaAttributes.none(),
                        24,
                        Unit.HOURS),
                row(
                        "needs are assessed within 3 working days",
                        SlaClock.NEEDS_ASSESSMENT,
                        SlaAttributes.none(),
                        3,
                        Unit.WORKING_DAYS),
                row("a safety referral is due in 24 hours", SlaClock.REFERRAL, need("SAFETY"), 24, Unit.HOURS),
                row("a medical referral is due in 72 hours", SlaClock.REFERRAL, need("MEDICAL"), 72, Unit.HOURS),
                row(
                        "a psychosocial referral is due in 5 working days",
                        SlaClock.REFERRAL,
                        need("PSYCHOSOCIAL"),
                        5,
                        Unit.WORKING_DAYS),
                row(
                        "a legal referral is due in 10 working days",
                        SlaClock.REFERRAL,
                        need("LEGAL"),
                        10,
                        Unit.WORKING_DAYS),
                row(
                        "a material referral is due in 10 working days",
                        SlaClock.REFERRAL,
                        need("MATERIAL"),
                        10,
                        Unit.WORKING_DAYS),
                row(
                        "a child support referral is due in 10 working days",
                        SlaClock.REFERRAL,
                        need("CHILD_SUPPORT"),
                        10,
                        Unit.WORKING_DAYS),
                row(
                        "assistance is followed up every 30 days",
                        SlaClock.ASSISTANCE_FOLLOW_UP,
                        SlaAttributes.none(),
                        30,
                        Unit.DAYS),
                row(
                        "the preliminary assessment takes 5 working days",
                        SlaClock.PRELIMINARY_ASSESSMENT,
                        SlaAttributes.none(),
                        5,
                        Unit.WORKING_DAYS),
                row(
                        "routing is decided in 2 working days",
                        SlaClock.ROUTING_DECISION,
                        SlaAttributes.none(),
                        2,
                        Unit.WORKING_DAYS),
                row(
                        "the note verbale goes out within 1 working day",
                        SlaClock.NOTE_VERBALE,
                        SlaAttributes.none(),
                        1,
                        Unit.WORKING_DAYS),
                row(
                        "a silent Member State is reminded after 10 working days",
                        SlaClock.MEMBER_STATE_REMINDER,
                        SlaAttributes.none(),
                        10,
                        Unit.WORKING_DAYS),
                row(
                        "a silent Member State is escalated after 20 working days",
                        SlaClock.MEMBER_STATE_ESCALATION,
                        SlaAttributes.none(),
                        20,
                        Unit.WORKING_DAYS),
                row(
                        "senior leadership is involved after 30 working days",
                        SlaClock.MEMBER_STATE_SENIOR_ESCALATION,
                        SlaAttributes.none(),
                        30,
                        Unit.WORKING_DAYS),
                row(
                        "actions taken are asked for every 90 days",
                        SlaClock.ACTIONS_REPORTED,
                        SlaAttributes.none(),
                        90,
                        Unit.DAYS),
                row(
                        "an investigation with a child victim takes 90 days",
                        SlaClock.INVESTIGATION,
                        investigation(true, "SEXUAL_ABUSE"),
                        90,
                        Unit.DAYS,
                        50,
                        75),
                row(
                        "an investigation of rape takes 90 days",
                        SlaClock.INVESTIGATION,
                        investigation(false, "RAPE"),
                        90,
                        Unit.DAYS,
                        50,
                        75),
                row(
                        "an investigation of rape of a child takes 90 days",
                        SlaClock.INVESTIGATION,
                        investigation(true, "RAPE"),
                        90,
                        Unit.DAYS,
                        50,
                        75),
                row(
                        "any other investigation takes 180 days",
                        SlaClock.INVESTIGATION,
                        investigation(false, "TRANSACTIONAL_SEX"),
                        180,
                        Unit.DAYS,
                        50,
                        75),
                row(
                        "an investigation of unknown attributes takes 180 days",
                        SlaClock.INVESTIGATION,
                        SlaAttributes.none(),
                        180,
                        Unit.DAYS,
                        50,
                        75),
                row(
                        "an investigation step takes 10 working days",
                        SlaClock.INVESTIGATION_STEP,
                        SlaAttributes.none(),
                        10,
                        Unit.WORKING_DAYS),
                row("a review takes 5 working days", SlaClock.REVIEW, SlaAttributes.none(), 5, Unit.WORKING_DAYS),
                row(
                        "an extension is approved in 3 working days",
                        SlaClock.EXTENSION_APPROVAL,
                        SlaAttributes.none(),
                        3,
                        Unit.WORKING_DAYS),
                row(
                        "an escalation is handled in 2 working days",
                        SlaClock.ESCALATION,
                        SlaAttributes.none(),
                        2,
                        Unit.WORKING_DAYS),
                row(
                        "an accountability step takes 10 working days",
                        SlaClock.ACCOUNTABILITY_STEP,
                        SlaAttributes.none(),
                        10,
                        Unit.WORKING_DAYS),
                row(
                        "the victim is informed within 5 working days",
                        SlaClock.INFORM_VICTIM,
                        SlaAttributes.none(),
                        5,
                        Unit.WORKING_DAYS),
                row(
                        "a reply is recorded within 2 working days",
                        SlaClock.RECORD_REPLY,
                        SlaAttributes.none(),
                        2,
                        Unit.WORKING_DAYS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policy")
    void the_policy_sets(String behaviour, SlaClock clock, SlaAttributes attributes, SlaRule expected) {
        assertThat(rules.ruleFor(clock, attributes)).isEqualTo(expected);
    }

    @Test
    void every_clock_has_a_rule() {
        Set<SlaClock> covered =
                policy().map(arguments -> (SlaClock) arguments.get()[1]).collect(Collectors.toSet());

        assertThat(covered).containsExactlyInAnyOrder(SlaClock.values());
    }

    @Test
    void every_row_of_the_table_is_hit_by_this_test() {
        ClockUtil.reset();
        Date before = new Date(System.currentTimeMillis() - 1);

        // Its own rules: answers the other tests had remembered would not ask the engine again.
        SlaRules fresh = new SlaRules(engine.getDecisionService(), engine.getRepositoryService());
        policy().forEach(arguments -> fresh.ruleFor(
                (SlaClock) arguments.get()[1], (SlaAttributes) arguments.get()[2]));

        Set<String> hit = engine
                .getHistoryService()
                .createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(SlaRules.DECISION_KEY)
                .evaluatedAfter(before)
                .includeOutputs()
                .list()
                .stream()
                .map(HistoricDecisionInstance::getOutputs)
                .flatMap(List::stream)
                .map(HistoricDecisionOutputInstance::getRuleId)
                .collect(Collectors.toSet());
        assertThat(hit).containsExactlyInAnyOrderElementsOf(ruleIdsOfTheTable());
    }

    @Test
    void a_referral_for_a_need_the_policy_does_not_know_is_refused_rather_than_guessed() {
        assertThatThrownBy(() -> rules.ruleFor(SlaClock.REFERRAL, need("UNKNOWN")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("REFERRAL");
    }

    private static Set<String> ruleIdsOfTheTable() {
        InputStream dmn = SlaPolicyDecisionTest.class.getClassLoader().getResourceAsStream("processes/sla-policy.dmn");
        Decision decision = Dmn.readModelFromStream(dmn).getModelElementById(SlaRules.DECISION_KEY);
        return decision.getExpression().getChildElementsByType(Rule.class).stream()
                .map(Rule::getId)
                .collect(Collectors.toSet());
    }

    private static Arguments row(
            String behaviour, SlaClock clock, SlaAttributes attributes, int amount, Unit unit, Integer... warnings) {
        return Arguments.of(behaviour, clock, attributes, new SlaRule(amount, unit, List.of(warnings)));
    }

    private static SlaAttributes need(String need) {
        return new SlaAttributes(null, null, null, need, null, null);
    }

    private static SlaAttributes investigation(boolean minorInvolved, String allegationType) {
        return new SlaAttributes(minorInvolved, allegationType, "MILITARY_CONTINGENT", null, "CA", "MINUSCA");
    }
}
