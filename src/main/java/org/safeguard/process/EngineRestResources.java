package org.safeguard.process;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The engine's REST API as the starter configures it, plus Safeguard's answer to refused case work. */
@Component
class EngineRestResources extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(CaseWorkRefusalMapper.class);
    }
}
