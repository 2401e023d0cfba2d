package org.safeguard.sandbox.internal;

import org.camunda.bpm.engine.ProcessEngineException;

/** What the engine throws instead of evaluating something the sandbox does not allow; nothing of it has run. */
public class SandboxRefusal extends ProcessEngineException {

    private final String what;

    SandboxRefusal(String what) {
        super("Safeguard's model sandbox refuses " + what + " (docs/sandbox.md lists what models may use)");
        this.what = what;
    }

    /** The same refusal, saying the expression it was met in. */
    SandboxRefusal in(String expression, Throwable cause) {
        SandboxRefusal located = new SandboxRefusal(what + " in expression " + expression);
        located.initCause(cause);
        return located;
    }
}
