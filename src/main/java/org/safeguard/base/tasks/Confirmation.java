package org.safeguard.base.tasks;

/**
 * The body of a task that needs nothing but the caller's word that it was done (e.g. the victim
 * informed in person): an empty JSON object, {@code {}}.
 */
public record Confirmation() {}
