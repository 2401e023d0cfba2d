package org.safeguard.investigation;

import java.util.Date;

/** The manager's answer to an extension request: an approval names the new target date. */
public record ExtensionDecision(boolean approved, Date newDueAt, String reason) {}
