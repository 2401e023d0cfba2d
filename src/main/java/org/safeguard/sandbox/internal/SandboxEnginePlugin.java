package org.safeguard.sandbox.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.safeguard.sandbox.ModelBeans;
import org.springframework.stereotype.Component;

/**
 * Puts the engine under the model sandbox: every expression through {@link SandboxedExpressionManager},
 * no script engine of any language, and CMMN switched off (its case instances have no authorization
 * checks, and Safeguard has no case models). Runs in {@code preInit}, after Spring has set its own
 * expression manager and before the engine builds its parsers and DMN engine from it. Public so the
 * process tests' engine configuration registers the same plugin.
 */
@Component
public class SandboxEnginePlugin extends AbstractProcessEnginePlugin {

    private final ModelBeans beans;

    public SandboxEnginePlugin(ModelBeans beans) {
        this.beans = beans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCmmnEnabled(false);
        configuration.setExpressionManager(new SandboxedExpressionManager(beans));
        configuration.setScriptEngineResolver(new NoScripts());
    }
}
