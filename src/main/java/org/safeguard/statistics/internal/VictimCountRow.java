package org.safeguard.statistics.internal;

/** How many victims of one case are of one age group and sex. */
public record VictimCountRow(long caseId, String ageGroup, String sex, long victims) {}
