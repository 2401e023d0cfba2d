package org.safeguard.statistics;

import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.Sex;

/** How many victims of a case are of one age group and sex; all the statistics know of victims. */
public record VictimCount(AgeGroup ageGroup, Sex sex, long count) {}
