package org.safeguard.accountability;

/** For implementing partners and non-UN forces: who is responsible and what they did. */
public record EntityMeasures(String responsibleEntity, String measures) {}
