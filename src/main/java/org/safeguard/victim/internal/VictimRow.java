package org.safeguard.victim.internal;

import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.Sex;
import org.safeguard.victim.VictimSummary;

/**
 * A row of {@code victim}; name, contact and safe-contact notes as stored (encrypted). Never
 * logged: {@link #toString()} leaves the identity out.
 */
public record VictimRow(
        Long id,
        long caseId,
        String pseudonym,
        String name,
        String contact,
        AgeGroup ageGroup,
        Sex sex,
        boolean consentToAssistance,
        String safeContactNotes) {

    public VictimSummary summary() {
        return new VictimSummary(id, pseudonym, ageGroup, sex, consentToAssistance);
    }

    @Override
    public String toString() {
        return "VictimRow[id=" + id + ", caseId=" + caseId + ", pseudonym=" + pseudonym + "]";
    }
}
