package org.safeguard.investigation;

/** The investigation report submitted for supervisory review. */
public record Report(String summary) {}
