package org.safeguard.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.management.Metrics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.sla.internal.SlaRules;

/**
 * The policy's answers are remembered per deployed version: the same question costs one
 * evaluation, and a new version decides the next deadline. An engine of its own, since this test
 * deploys a version of the policy the other tests must not see.
 */
class SlaRulesTest {

    static final String PRELIMINARY_ASSESSMENT_DAYS =
            "<outputEntry id=\"rule_10_preliminary_assessment_amount\"><text>5</text></outputEntry>";

    static ProcessEngine engine;

    @BeforeAll
    static void deployThePolicy() throws IOException {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("sla-rules-tests");
        configuration.setJdbcUrl("jdbc:h2:mem:sla-rules-tests;DB_CLOSE_DELAY=-1");
        configuration.setJobExecutorActivate(false);
        configuration.setHistoryTimeToLive("P3650D");
        engine = configuration.buildProcessEngine();
        deploy(policy());
    }

    @AfterAll
    static void closeTheEngine() {
        engine.close();
    }

    @Test
    void the_same_question_is_evaluated_once_and_a_new_version_decides_the_next_deadline() throws IOException {
        SlaRules rules = new SlaRules(engine.getDecisionService(), engine.getRepositoryService());
        long before = evaluations();

        assertThat(rules.ruleFor(SlaClock.PRELIMINARY_ASSESSMENT, SlaAttributes.none())
                        .amount())
                .isEqualTo(5);
        assertThat(rules.ruleFor(SlaClock.PRELIMINARY_ASSESSMENT, SlaAttributes.none())
                        .amount())
                .isEqualTo(5);
        assertThat(evaluations() - before).isEqualTo(1);

        deploy(policy().replace(PRELIMINARY_ASSESSMENT_DAYS, PRELIMINARY_ASSESSMENT_DAYS.replace(">5<", ">7<")));

        assertThat(rules.ruleFor(SlaClock.PRELIMINARY_ASSESSMENT, SlaAttributes.none())
                        .amount())
                .isEqualTo(7);
    }

    private static long evaluations() {
        engine.getManagementService().reportDbMetricsNow();
        return engine.getManagementService()
                .createMetricsQuery()
                .name(Metrics.EXECUTED_DECISION_INSTANCES)
                .sum();
    }

    private static String policy() throws IOException {
        try (InputStream dmn = SlaRulesTest.class.getClassLoader().getResourceAsStream("processes/sla-policy.dmn")) {
            String text = new String(dmn.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains(PRELIMINARY_ASSESSMENT_DAYS);
            return text;
        }
    }

    private static void deploy(String dmn) {
        engine.getRepositoryService()
                .createDeployment()
                .name("sla-policy")
                .addInputStream("sla-policy.dmn", new ByteArrayInputStream(dmn.getBytes(StandardCharsets.UTF_8)))
                .deploy();
    }
}
