package org.safeguard.accountability;

/** The reference of the entry made in the screening database. */
public record ScreeningEntry(String entryReference) {}
