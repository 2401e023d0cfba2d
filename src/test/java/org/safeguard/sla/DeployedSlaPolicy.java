package org.safeguard.sla;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/**
 * One in-memory engine per test JVM with {@code processes/sla-policy.dmn} deployed, so the tests
 * evaluate the decision exactly as the application does: through the engine's DecisionService.
 */
final class DeployedSlaPolicy {

    private static ProcessEngine engine;

    static synchronized ProcessEngine engine() {
        if (engine == null) {
            StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
            configuration.setProcessEngineName("sla-policy-tests");
            configuration.setJdbcUrl("jdbc:h2:mem:sla-policy-tests;DB_CLOSE_DELAY=-1");
            configuration.setJobExecutorActivate(false);
            configuration.setHistory("full");
            configuration.setHistoryTimeToLive("P3650D");
            engine = configuration.buildProcessEngine();
            engine.getRepositoryService()
                    .createDeployment()
                    .name("sla-policy")
                    .addClasspathResource("processes/sla-policy.dmn")
                    .deploy();
        }
        return engine;
    }

    private DeployedSlaPolicy() {}
}
