/**
 * The model sandbox: what a BPMN or DMN model may make the server do. {@link org.safeguard.sandbox.ModelSandbox}
 * holds the one allow-list (process variables, a few methods of {@code execution} and {@code task},
 * listed methods of Safeguard's model-facing beans, the delegates); {@link org.safeguard.sandbox.SandboxRules}
 * checks a model's XML against it before deployment, and the engine plugin in {@code internal}
 * enforces it on every expression at run time, refuses every script and switches CMMN off.
 * See {@code docs/sandbox.md}.
 */
package org.safeguard.sandbox;
