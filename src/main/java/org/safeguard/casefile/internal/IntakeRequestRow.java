package org.safeguard.casefile.internal;

import org.safeguard.casefile.CaseStatus;

/** An idempotency key with the request it was first used for and the case that request made. */
public record IntakeRequestRow(String requestHash, String reference, CaseStatus status) {}
