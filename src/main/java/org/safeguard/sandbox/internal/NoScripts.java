package org.safeguard.sandbox.internal;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * The engine's only source of script engines, which has none: script tasks, script listeners,
 * script input/output mappings, script conditions and DMN script expressions fail when they would
 * run, in every language. {@code juel} included: its script engine brings an unrestricted
 * resolver of its own.
 */
class NoScripts implements ScriptEngineResolver {

    @Override
    public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
        throw new SandboxRefusal("running a script in " + language);
    }

    @Override
    public void addScriptEngineFactory(ScriptEngineFactory scriptEngineFactory) {
        throw new SandboxRefusal("adding the script engine " + scriptEngineFactory.getEngineName());
    }

    @Override
    public ScriptEngineManager getScriptEngineManager() {
        throw new SandboxRefusal("access to script engines");
    }
}
