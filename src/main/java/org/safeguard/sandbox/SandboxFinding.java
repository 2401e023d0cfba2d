package org.safeguard.sandbox;

/**
 * Something in a model the sandbox refuses, on the element it concerns.
 *
 * @param elementId the id of the nearest element with one (empty for the file itself)
 * @param rule      a short stable name, e.g. {@code sandbox-script}
 * @param message   what is refused and why, for the process owner
 */
public record SandboxFinding(String elementId, String rule, String message) {}
