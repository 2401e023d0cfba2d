package org.safeguard.victim;

/** What anyone on the case may see of a victim: no name, no contact. */
public record VictimSummary(String pseudonym, AgeGroup ageGroup, Sex sex, boolean consentToAssistance) {
}
