package org.safeguard.investigation;

/** What the manager did about a breached target date. */
public record EscalationResponse(String action) {}
