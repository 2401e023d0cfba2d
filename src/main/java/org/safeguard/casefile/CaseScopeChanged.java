package org.safeguard.casefile;

/**
 * Who may see a case has changed (a team member added or removed, a user excluded); published
 * inside the change's transaction, so that what the engine lets people see follows.
 */
public record CaseScopeChanged(String reference) {}
