package org.safeguard.casefile;

import java.time.Instant;

/**
 * One change of a case's team, as the audit trail recorded it.
 *
 * @param by     who made the change
 * @param added  true when {@code member} joined the team, false when they left it
 */
public record TeamChange(Instant at, String by, boolean added, String member) {}
