package org.safeguard.victim;

/**
 * What anyone on the case may see of a victim: no name, no contact. The id is what an advocate
 * asks {@link Victims#identity} for.
 */
public record VictimSummary(long id, String pseudonym, AgeGroup ageGroup, Sex sex, boolean consentToAssistance) {}
