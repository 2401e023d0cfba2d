package org.safeguard.casefile;

/** The answer to an intake; {@code replayed} when an earlier request with the same key made it. */
public record RegisteredCase(String reference, CaseStatus status, boolean replayed) {}
